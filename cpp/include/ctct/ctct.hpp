// Everything a C++ program needs from ctct.
#pragma once
#include "ctct/client.hpp"
#include "ctct/delivery.hpp"
#include "ctct/json.hpp"
#include "ctct/models.hpp"
#include "ctct/oauth.hpp"
#include "ctct/outcome.hpp"
#include "ctct/policy.hpp"
#include "ctct/v2.hpp"
#include "ctct/version.hpp"
