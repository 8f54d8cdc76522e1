# cmake -DINPUT=file -DOUTPUT=file.cc -DSYMBOL=Name -P embed_asset.cmake
# Writes a C++ file defining `std::string_view chancery::serve::SYMBOL()` over the
# bytes of INPUT, so the web UI ships inside the executable.
file(READ "${INPUT}" hex HEX)
string(LENGTH "${hex}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
string(REGEX REPLACE "(0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,0x..,)" "\\1\n" bytes "${bytes}")
file(WRITE "${OUTPUT}.tmp"
  "// Generated from ${INPUT} by embed_asset.cmake. Do not edit.\n"
  "#include \"serve/assets.h\"\n"
  "namespace chancery::serve {\n"
  "namespace {\nconstexpr unsigned char kBytes[${size} + 1] = {\n${bytes}0};\n}  // namespace\n"
  "std::string_view ${SYMBOL}() { return {reinterpret_cast<const char*>(kBytes), ${size}}; }\n"
  "}  // namespace chancery::serve\n")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
