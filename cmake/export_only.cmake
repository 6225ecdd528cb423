# ctct_export_only(target map): a shared module exports only the symbols its version script
# names. --exclude-libs,ALL hides every symbol of the static libraries it links (libcurl,
# OpenSSL, the core), so none of them can bind to, or be bound by, another copy in the process
# (Node's own OpenSSL, a Python extension's libcurl). --gc-sections drops the code nothing
# calls, now that nothing outside may call it.
#
# Where gold is installed (binutils), it links the module and folds functions whose code is
# identical (--icf=safe: only those whose address nothing takes, so that std::function's and
# std::any's per-type managers, compared by address, stay apart): about 100 KB less of each
# shipped module, compressed (template instantiations over different models that compile to the
# same code, and the static libraries' twins). gold also keeps the module's local symbols in its
# dynamic symbol table (scripts/check-binaries counts the global ones). GCC only: gold reads GCC's
# link-time objects through binutils' own plugin, clang's only through LLVM's, which may be absent.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  include(CheckCXXSourceCompiles)
  set(CMAKE_REQUIRED_LINK_OPTIONS -fuse-ld=gold -Wl,--icf=safe)  # check_linker_flag takes one flag
  check_cxx_source_compiles("int main() { return 0; }" CTCT_GOLD_FOLDS_IDENTICAL_CODE)
  unset(CMAKE_REQUIRED_LINK_OPTIONS)
endif()

function(ctct_export_only target map)
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_link_options(${target} PRIVATE "LINKER:--version-script=${map}" "LINKER:--exclude-libs,ALL"
      "LINKER:--gc-sections")
    if(CTCT_GOLD_FOLDS_IDENTICAL_CODE)
      target_link_options(${target} PRIVATE -fuse-ld=gold "LINKER:--icf=safe")
    endif()
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${map})
  endif()
endfunction()
