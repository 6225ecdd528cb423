# CTCT_BUNDLE_DEPS: what the release artifacts (the wheel's module, the Node addon, the C++
# archive) link in, so that they need nothing on the target beyond glibc, libstdc++ and libgcc:
# - libcurl as a static library, HTTP and HTTPS only, built here from Debian's curl source (with
#   Debian's security patches) that scripts/fetch-sources unpacks into CTCT_DEPS_SOURCE_DIR;
#   no built-in CA bundle or path (cpp/src/http/ca_bundle.cpp finds the system's). Two patches of
#   ctct's own (scripts/patches/curl): libcurl 7.88 formats custom header lines, the query and the
#   whole URL one byte at a time, about 100 instructions a byte of a 1 KB bearer token a request;
# - OpenSSL and zlib from Debian's static libraries (libssl-dev, zlib1g-dev);
# - simdjson compiled from its single-file source, hiredis from its C sources (the synchronous
#   client only), cpp-httplib header-only from its upstream header (Debian's packages ship them
#   as shared libraries).
# The targets it defines stand in for the system ones: CURL::libcurl, simdjson::simdjson,
# ctct::hiredis, ctct::httplib. Debian's last two curl patches (90_gnutls, 99_nss) touch only its autotools
# files, which this CMake build does not read.
include(ExternalProject)

set(CTCT_DEPS_SOURCE_DIR "${PROJECT_SOURCE_DIR}/build/deps/src" CACHE PATH
  "Folder of the unpacked Debian sources (scripts/fetch-sources)")
foreach(dep curl simdjson cpp-httplib hiredis)
  file(GLOB found LIST_DIRECTORIES true "${CTCT_DEPS_SOURCE_DIR}/${dep}-[0-9]*")
  list(FILTER found EXCLUDE REGEX "\\.(dsc|tar\\..*|asc)$")
  if(NOT found)
    message(FATAL_ERROR "CTCT_BUNDLE_DEPS: no ${dep} source in ${CTCT_DEPS_SOURCE_DIR}; run scripts/fetch-sources")
  endif()
  list(GET found 0 dir)
  string(MAKE_C_IDENTIFIER "${dep}" name)
  set(CTCT_${name}_SOURCE "${dir}")
endforeach()

# Every function and object in a section of its own, so that the modules' --gc-sections
# (cmake/export_only.cmake) drops what nothing calls: the wheel's size counts.
set(CTCT_SECTION_FLAGS -ffunction-sections -fdata-sections)
add_compile_options(${CTCT_SECTION_FLAGS})
string(REPLACE ";" " " curl_c_flags "${CTCT_SECTION_FLAGS}")
# Without the headers API (curl_easy_header, which ctct does not call), libcurl keeps no copy of
# each response header: one allocation, copy and free fewer per header of every answer. Its
# CMake build has no switch for it; the macro is the one configure's --disable-headers-api sets.
string(APPEND curl_c_flags " -DCURL_DISABLE_HEADERS_API")

set(OPENSSL_USE_STATIC_LIBS TRUE)
set(ZLIB_USE_STATIC_LIBS TRUE)
find_package(OpenSSL 3 REQUIRED)
find_package(ZLIB REQUIRED)

set(curl_prefix "${PROJECT_BINARY_DIR}/deps/curl")
set(curl_library "${curl_prefix}/lib/${CMAKE_STATIC_LIBRARY_PREFIX}curl${CMAKE_STATIC_LIBRARY_SUFFIX}")
enable_language(C)
ExternalProject_Add(bundled_curl
  SOURCE_DIR "${CTCT_curl_SOURCE}"
  BINARY_DIR "${PROJECT_BINARY_DIR}/deps/curl-build"
  INSTALL_DIR "${curl_prefix}"
  CMAKE_ARGS
    -DCMAKE_BUILD_TYPE=Release
    -DCMAKE_INSTALL_PREFIX=<INSTALL_DIR>
    -DCMAKE_INSTALL_LIBDIR=lib
    -DCMAKE_C_COMPILER=${CMAKE_C_COMPILER}
    -DCMAKE_C_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER}
    -DCMAKE_POSITION_INDEPENDENT_CODE=ON
    -DCMAKE_C_VISIBILITY_PRESET=hidden
    "-DCMAKE_C_FLAGS=${curl_c_flags}"
    -DBUILD_SHARED_LIBS=OFF -DBUILD_CURL_EXE=OFF -DBUILD_TESTING=OFF -DENABLE_CURL_MANUAL=OFF
    -DHTTP_ONLY=ON -DCURL_USE_OPENSSL=ON -DOPENSSL_USE_STATIC_LIBS=ON -DCURL_ZLIB=ON -DZLIB_USE_STATIC_LIBS=ON
    -DCURL_USE_LIBSSH2=OFF -DCURL_USE_LIBPSL=OFF -DUSE_NGHTTP2=OFF -DUSE_LIBIDN2=OFF
    -DCURL_BROTLI=OFF -DCURL_ZSTD=OFF -DCURL_DISABLE_COOKIES=ON -DCURL_DISABLE_NETRC=ON
    -DCURL_DISABLE_ALTSVC=ON -DCURL_DISABLE_HSTS=ON -DCURL_DISABLE_NTLM=ON
    -DCURL_CA_BUNDLE=none -DCURL_CA_PATH=none -DCURL_CA_FALLBACK=OFF
  BUILD_BYPRODUCTS "${curl_library}"
  UPDATE_COMMAND "" PATCH_COMMAND "")
# scripts/fetch-sources applies our patches in the source folder: a changed patch builds again.
file(GLOB curl_patches CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/scripts/patches/curl/*.patch")
ExternalProject_Add_StepDependencies(bundled_curl configure ${curl_patches})
file(MAKE_DIRECTORY "${curl_prefix}/include")

# One target for libcurl and what it links, exported with the C++ archive, which carries the
# four static libraries in lib/ctct/.
set(CTCT_BUNDLED_LIBRARIES "${curl_library}" "${OPENSSL_SSL_LIBRARY}" "${OPENSSL_CRYPTO_LIBRARY}" "${ZLIB_LIBRARY}")
add_library(ctct_curl INTERFACE)
foreach(library IN LISTS CTCT_BUNDLED_LIBRARIES)
  get_filename_component(name "${library}" NAME)
  target_link_libraries(ctct_curl INTERFACE
    "$<BUILD_INTERFACE:${library}>" "$<INSTALL_INTERFACE:$<INSTALL_PREFIX>/${CMAKE_INSTALL_LIBDIR}/ctct/${name}>")
endforeach()
target_link_libraries(ctct_curl INTERFACE ${CMAKE_DL_LIBS} Threads::Threads)
target_include_directories(ctct_curl INTERFACE $<BUILD_INTERFACE:${curl_prefix}/include>)
target_compile_definitions(ctct_curl INTERFACE CURL_STATICLIB)
add_dependencies(ctct_curl bundled_curl)
add_library(CURL::libcurl ALIAS ctct_curl)

add_library(ctct_simdjson STATIC "${CTCT_simdjson_SOURCE}/singleheader/simdjson.cpp")
target_include_directories(ctct_simdjson SYSTEM PUBLIC
  $<BUILD_INTERFACE:${CTCT_simdjson_SOURCE}/singleheader>)
target_compile_options(ctct_simdjson PRIVATE -w)  # its warnings are not ours to fix
add_library(simdjson::simdjson ALIAS ctct_simdjson)

# The shared rate limiter's Redis client (cpp/src/redis). Its headers are copied under hiredis/,
# where Debian's package puts them, so that the code includes <hiredis/hiredis.h> either way.
set(hiredis_include "${PROJECT_BINARY_DIR}/deps/hiredis/include")
file(COPY "${CTCT_hiredis_SOURCE}/hiredis.h" "${CTCT_hiredis_SOURCE}/read.h" "${CTCT_hiredis_SOURCE}/sds.h"
  "${CTCT_hiredis_SOURCE}/alloc.h" DESTINATION "${hiredis_include}/hiredis")
add_library(ctct_hiredis STATIC "${CTCT_hiredis_SOURCE}/hiredis.c" "${CTCT_hiredis_SOURCE}/net.c"
  "${CTCT_hiredis_SOURCE}/read.c" "${CTCT_hiredis_SOURCE}/sds.c" "${CTCT_hiredis_SOURCE}/alloc.c")
set_target_properties(ctct_hiredis PROPERTIES C_VISIBILITY_PRESET hidden UNITY_BUILD OFF)
target_include_directories(ctct_hiredis SYSTEM PUBLIC $<BUILD_INTERFACE:${hiredis_include}>)
target_compile_options(ctct_hiredis PRIVATE -w -Os)  # its warnings are not ours to fix; never on a hot path
add_library(ctct::hiredis ALIAS ctct_hiredis)

add_library(ctct_httplib INTERFACE)
target_include_directories(ctct_httplib SYSTEM INTERFACE "${CTCT_cpp_httplib_SOURCE}")
add_library(ctct::httplib ALIAS ctct_httplib)

# The licences of what the artifacts carry, for dist/ (scripts/dist copies this folder).
set(CTCT_LICENSE_DIR "${PROJECT_BINARY_DIR}/licenses")
file(MAKE_DIRECTORY "${CTCT_LICENSE_DIR}")
configure_file("${CTCT_curl_SOURCE}/COPYING" "${CTCT_LICENSE_DIR}/curl.txt" COPYONLY)
configure_file("${CTCT_simdjson_SOURCE}/LICENSE" "${CTCT_LICENSE_DIR}/simdjson.txt" COPYONLY)
configure_file("${CTCT_hiredis_SOURCE}/COPYING" "${CTCT_LICENSE_DIR}/hiredis.txt" COPYONLY)
configure_file("${CTCT_cpp_httplib_SOURCE}/LICENSE" "${CTCT_LICENSE_DIR}/cpp-httplib.txt" COPYONLY)
configure_file(/usr/share/doc/libssl3/copyright "${CTCT_LICENSE_DIR}/openssl.txt" COPYONLY)
configure_file(/usr/share/doc/zlib1g/copyright "${CTCT_LICENSE_DIR}/zlib.txt" COPYONLY)
configure_file(/usr/share/doc/libcli11-dev/copyright "${CTCT_LICENSE_DIR}/cli11.txt" COPYONLY)
