#pragma once
namespace ctct {
inline constexpr const char* version = "0.1.0";
}
