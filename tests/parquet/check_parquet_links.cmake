cmake_minimum_required(VERSION 3.25)
# Fails when es_parquet links anything but Qt Core and the compression libraries: the reader
# must build and run in the command line and on worker threads without Network, Gui or Widgets,
# and without Arrow or a Thrift library.
file(READ "${LINKS_FILE}" links)
string(STRIP "${links}" links)
# A static library lists its private dependencies for linking only: $<LINK_ONLY:name>.
string(REGEX REPLACE "\\$<LINK_ONLY:([^>]*)>" "\\1" links "${links}")
if(links STREQUAL "")
    message(FATAL_ERROR "es_parquet links nothing: the check did not see its link libraries")
endif()
set(allowed Qt6::Core PkgConfig::snappy PkgConfig::zlib PkgConfig::zstd PkgConfig::lz4
    PkgConfig::brotlidec)
foreach(lib IN LISTS links)
    if(NOT lib IN_LIST allowed)
        message(FATAL_ERROR "es_parquet links ${lib}; only ${allowed} are allowed")
    endif()
endforeach()
foreach(lib IN LISTS allowed)
    if(NOT lib IN_LIST links)
        message(FATAL_ERROR "es_parquet does not link ${lib}: ${links}")
    endif()
endforeach()
message(STATUS "es_parquet links: ${links}")
