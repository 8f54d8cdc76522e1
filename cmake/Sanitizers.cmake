# The sanitizer build (CHANCERY_SANITIZE=ON): every target of the tree compiled and
# linked with AddressSanitizer + UndefinedBehaviorSanitizer, so the whole test suite
# runs under them (`make test` builds it in build-san and runs the suite there after the
# normal one; `make san-test` alone).
#
#   -fsanitize=address,undefined   out-of-bounds, use-after-free, leaks (LeakSanitizer,
#                                  part of ASan), signed overflow, bad shifts, misaligned
#                                  or null accesses, invalid enum/bool loads, ...
#   -fno-sanitize-recover=all      the first UBSan report aborts, like an ASan one, so
#                                  a test cannot pass with a report in its log
#   -O1 -g -fno-omit-frame-pointer readable stack traces at a bearable speed
#   -fsanitize=fuzzer-no-link      (CHANCERY_FUZZ) coverage instrumentation for libFuzzer
#                                  in every library, so the fuzz targets (fuzz/) link the
#                                  same objects the tests run and CI compiles once
#
# Needs clang (Debian 12: clang-14 and libclang-rt-14-dev, installed by scripts/setup.sh):
# GCC has ASan/UBSan but no libFuzzer. The flags are set here and nowhere else. The
# runtime options (halt_on_error, detect_leaks, ...) are set by whoever runs the
# binaries: the Makefile's test and fuzz rules (fuzz/run.sh).
option(CHANCERY_SANITIZE "Build everything with AddressSanitizer + UndefinedBehaviorSanitizer (clang)" OFF)

if(CHANCERY_SANITIZE)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CHANCERY_SANITIZE needs clang (configure with -DCMAKE_CXX_COMPILER=clang++); "
                        "this is ${CMAKE_CXX_COMPILER_ID}")
  endif()
  option(CHANCERY_FUZZ "Build the libFuzzer targets (fuzz/) in the sanitizer build" ON)
  set(CHANCERY_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all)
  add_compile_options(${CHANCERY_SANITIZER_FLAGS} -O1 -g -fno-omit-frame-pointer
                      -fno-optimize-sibling-calls)
  add_link_options(${CHANCERY_SANITIZER_FLAGS})
  if(CHANCERY_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link)
  endif()
else()
  set(CHANCERY_FUZZ OFF)
endif()
