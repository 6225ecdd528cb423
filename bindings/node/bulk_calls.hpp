// client.bulk for JS: one native entry point for every bulk operation.
#pragma once

#include <napi.h>

#include "ctct/client.hpp"
#include "settler.hpp"

namespace ctct::node {

// bulk(op, input, options): op is the JS method name (importContacts, addToLists, ...,
// downloadExport, wait; the tag activities as tagsAddToContacts, tagsRemoveFromContacts and
// tagsDeleteMany), input the operation's model (its JSON fields) or, for downloadExport
// and wait, the activity id(s); options { wait, pollIntervalMs, onProgress }. onProgress runs on
// the JS thread, each call before the Promise settles.
Napi::Value bulk_call(const Napi::CallbackInfo& info, InFlight& owner, Client& client);

}  // namespace ctct::node
