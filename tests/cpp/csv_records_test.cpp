// The core's one CSV reader and writer: records of the file imports and the emulator's exports.
#include <gtest/gtest.h>

#include "bulk/csv_records.hpp"

namespace ctct::testing {
namespace {

using bulk::CsvRecord;

TEST(CsvRecords, QuotedFieldsHoldCommasQuotesAndLineBreaks) {
  const std::string csv = "email,note\r\na@example.com,\"one, \"\"two\"\"\nthree\"\r\n\r\nb@example.com,x";
  EXPECT_EQ(bulk::read_csv(csv),
      (std::vector<CsvRecord>{{"email", "note"}, {"a@example.com", "one, \"two\"\nthree"}, {"b@example.com", "x"}}));
  // The blank line is a record of its own for cutting, and no cut falls inside the quotes.
  const std::size_t second = csv.find("a@"), blank = csv.find("\r\n\r\n") + 2;
  EXPECT_EQ(bulk::record_ends(csv), (std::vector<std::size_t>{second, blank, blank + 2, csv.size()}));
}

TEST(CsvRecords, WrittenRecordsReadBack) {
  const CsvRecord fields = {"plain", "", "a,b", "say \"hi\"", "two\nlines"};
  const std::string text = bulk::csv_record(fields);
  EXPECT_EQ(text, "plain,,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
  EXPECT_EQ(bulk::read_csv(text + text), (std::vector<CsvRecord>{fields, fields}));
  EXPECT_EQ(bulk::record_ends(text), std::vector<std::size_t>{text.size()});
}

TEST(CsvRecords, AQuotedEmptyLineIsARecord) { EXPECT_EQ(bulk::read_csv("\"\"\n\n"), std::vector<CsvRecord>{{""}}); }

}  // namespace
}  // namespace ctct::testing
