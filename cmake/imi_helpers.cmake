# Small build helpers in the spirit of absl_cc_library: every target is
# imi_<name> with the alias imi::<name>; always link through the alias.

# imi_cc_library(NAME <n> SRCS ... [HDRS ...] [DEPS ...])
function(imi_cc_library)
  cmake_parse_arguments(A "" "NAME" "SRCS;HDRS;DEPS" ${ARGN})
  add_library(imi_${A_NAME} STATIC ${A_SRCS} ${A_HDRS})
  target_include_directories(imi_${A_NAME} PUBLIC ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR})
  target_link_libraries(imi_${A_NAME} PUBLIC ${A_DEPS})
  add_library(imi::${A_NAME} ALIAS imi_${A_NAME})
endfunction()

# imi_cc_binary(NAME <n> SRCS ... DEPS ...)
function(imi_cc_binary)
  cmake_parse_arguments(A "" "NAME" "SRCS;DEPS" ${ARGN})
  add_executable(${A_NAME} ${A_SRCS})
  target_include_directories(${A_NAME} PRIVATE ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR})
  target_link_libraries(${A_NAME} PRIVATE ${A_DEPS})
  # jemalloc (when found, see the top-level CMakeLists.txt) replaces glibc
  # malloc: the servers allocate many small strings per call from many
  # threads, and glibc spent a quarter of the directory's CPU in malloc/free.
  if(IMI_JEMALLOC_LIBRARY)
    target_link_libraries(${A_NAME} PRIVATE ${IMI_JEMALLOC_LIBRARY})
  endif()
endfunction()

# imi_cc_test(NAME <n> SRCS ... DEPS ... [LABELS ...])
# A GoogleTest binary whose tests ctest discovers one by one.
function(imi_cc_test)
  cmake_parse_arguments(A "" "NAME" "SRCS;DEPS;LABELS" ${ARGN})
  add_executable(${A_NAME} ${A_SRCS})
  target_include_directories(${A_NAME} PRIVATE ${PROJECT_SOURCE_DIR} ${PROJECT_BINARY_DIR})
  target_link_libraries(${A_NAME} PRIVATE ${A_DEPS} GTest::gmock GTest::gtest_main)
  # Several labels form a list; escape it so it stays one property value.
  # Without labels, pass none (an empty LABELS would swallow TIMEOUT).
  set(properties TIMEOUT 300)
  if(A_LABELS)
    string(REPLACE ";" "\\;" labels "${A_LABELS}")
    list(APPEND properties LABELS "${labels}")
  endif()
  gtest_discover_tests(${A_NAME} DISCOVERY_TIMEOUT 60 PROPERTIES ${properties})
endfunction()

# imi_proto_library(NAME <n> PROTOS <paths relative to proto/> [DEPS ...] [GRPC])
# Generates C++ (and with GRPC the service stubs) into the build tree.
function(imi_proto_library)
  cmake_parse_arguments(A "GRPC" "NAME;ROOT" "PROTOS;DEPS" ${ARGN})
  if(NOT A_ROOT)
    set(A_ROOT "${PROJECT_SOURCE_DIR}/proto")
  endif()
  set(out "${PROJECT_BINARY_DIR}/gen")
  file(MAKE_DIRECTORY "${out}")
  set(srcs)
  foreach(p ${A_PROTOS})
    string(REGEX REPLACE "\\.proto$" "" base "${p}")
    set(gen "${out}/${base}.pb.cc" "${out}/${base}.pb.h")
    set(plugin_args)
    if(A_GRPC)
      list(APPEND gen "${out}/${base}.grpc.pb.cc" "${out}/${base}.grpc.pb.h")
      set(plugin_args "--grpc_out=${out}"
          "--plugin=protoc-gen-grpc=$<TARGET_FILE:gRPC::grpc_cpp_plugin>")
    endif()
    add_custom_command(
      OUTPUT ${gen}
      COMMAND protobuf::protoc
        "--proto_path=${A_ROOT}"
        "--proto_path=${PROJECT_SOURCE_DIR}/proto"
        "--proto_path=${IMI_GOOGLEAPIS_DIR}"
        "--proto_path=${Protobuf_INCLUDE_DIR}"
        "--cpp_out=${out}" ${plugin_args}
        "${A_ROOT}/${p}"
      DEPENDS "${A_ROOT}/${p}" protobuf::protoc
      COMMENT "protoc ${p}"
      VERBATIM)
    list(APPEND srcs ${gen})
  endforeach()
  add_library(imi_${A_NAME} STATIC ${srcs})
  target_include_directories(imi_${A_NAME} PUBLIC "${out}")
  target_link_libraries(imi_${A_NAME} PUBLIC ${A_DEPS} protobuf::libprotobuf)
  if(A_GRPC)
    target_link_libraries(imi_${A_NAME} PUBLIC gRPC::grpc++)
  endif()
  # Generated code is not ours to warn about.
  target_compile_options(imi_${A_NAME} PRIVATE -w)
  add_library(imi::${A_NAME} ALIAS imi_${A_NAME})
endfunction()

# imi_embed_sql(TARGET <lib> VAR <c++ function name> NAMESPACE <ns> FILES ...)
# Compiles numbered SQL migration files into the binary, so a container image
# needs nothing but the executable. Produces
#   std::vector<imi::pg::Migration> <ns>::<VAR>();
function(imi_embed_sql)
  cmake_parse_arguments(A "" "TARGET;VAR;NAMESPACE;COMPONENT" "FILES" ${ARGN})
  set(out "${CMAKE_CURRENT_BINARY_DIR}/${A_VAR}_embedded.cc")
  set(abs)
  foreach(f ${A_FILES})
    list(APPEND abs "${CMAKE_CURRENT_SOURCE_DIR}/${f}")
  endforeach()
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} "-DOUT=${out}" "-DVAR=${A_VAR}"
            "-DNAMESPACE=${A_NAMESPACE}" "-DCOMPONENT=${A_COMPONENT}"
            "-DFILES=${abs}" -P "${PROJECT_SOURCE_DIR}/cmake/embed_sql.cmake"
    DEPENDS ${abs} "${PROJECT_SOURCE_DIR}/cmake/embed_sql.cmake"
    COMMENT "embedding migrations for ${A_COMPONENT}"
    VERBATIM)
  target_sources(${A_TARGET} PRIVATE "${out}")
endfunction()
