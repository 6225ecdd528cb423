# ctct_export_only(target map): a shared module exports only the symbols its version script
# names. --exclude-libs,ALL hides every symbol of the static libraries it links (libcurl,
# OpenSSL, the core), so none of them can bind to, or be bound by, another copy in the process
# (Node's own OpenSSL, a Python extension's libcurl). --gc-sections drops the code nothing
# calls, now that nothing outside may call it.
function(ctct_export_only target map)
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_link_options(${target} PRIVATE "LINKER:--version-script=${map}" "LINKER:--exclude-libs,ALL"
      "LINKER:--gc-sections")
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${map})
  endif()
endfunction()
