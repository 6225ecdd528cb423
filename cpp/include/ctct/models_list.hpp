// Every described type with the name it has in Python and Node: X(type, space, name), space ""
// for the top level or "v2". Each header lists its own types beside them (a new model is one
// struct and one line there); this gathers the lists. CTCT_MODELS: resources and answers (to_json,
// Python classes, Node types); CTCT_REQUEST_BODIES: bulk inputs (JSON only); CTCT_ARGUMENT_TYPES:
// queries and options (taken field by field). The JSON writer, the Python classes and the Node
// type descriptions follow them. Order matters: a model comes after the models its fields hold
// (Python makes the classes in this order, and a signature can only name a class that exists).
#pragma once

#include <vector>

#include "ctct/account_models.hpp"
#include "ctct/bulk_models.hpp"
#include "ctct/client.hpp"
#include "ctct/contact_reports.hpp"
#include "ctct/delivery.hpp"
#include "ctct/models.hpp"
#include "ctct/oauth.hpp"
#include "ctct/segments.hpp"
#include "ctct/tag_models.hpp"
#include "ctct/v2.hpp"

// Each header lists its own models next to their declarations; these are the lists gathered.
// clang-format off
#define CTCT_MODELS(X) \
  CTCT_CONTACT_MODELS(X) CTCT_DELIVERY_MODELS(X) CTCT_TAG_MODELS(X) CTCT_BULK_MODELS(X) CTCT_OAUTH_MODELS(X) \
  CTCT_V2_MODELS(X) CTCT_ACCOUNT_MODELS(X) CTCT_SEGMENT_MODELS(X) CTCT_REPORT_MODELS(X)
#define CTCT_REQUEST_BODIES(X) CTCT_BULK_REQUEST_BODIES(X)
#define CTCT_ARGUMENT_TYPES(X) \
  CTCT_CLIENT_ARGUMENT_TYPES(X) CTCT_TAG_ARGUMENT_TYPES(X) CTCT_BULK_ARGUMENT_TYPES(X) \
  CTCT_DELIVERY_ARGUMENT_TYPES(X) CTCT_SEGMENT_ARGUMENT_TYPES(X) CTCT_REPORT_ARGUMENT_TYPES(X)
// clang-format on
