# Writes OUTPUT, a C++ file defining `NAME` as the bytes of INPUT:
#   cmake -DINPUT=f.bc -DOUTPUT=f.cpp -DNAME=symbol -P EmbedFile.cmake
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" length)
math(EXPR size "${length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(WRITE "${OUTPUT}"
  "// Generated from ${INPUT} by runtime/EmbedFile.cmake.\n"
  "#include <cstddef>\n"
  "extern const char ${NAME}[] = {${bytes}};\n"
  "extern const size_t ${NAME}Size = ${size};\n")
