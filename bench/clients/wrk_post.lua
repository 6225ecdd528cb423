-- wrk: every request creates the benchmarks' contact (the body the other clients send).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"email_address":{"address":"ada.lovelace@example.com"},"first_name":"Ada","last_name":"Lovelace","create_source":"Contact"}'
