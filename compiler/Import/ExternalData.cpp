//===- ExternalData.cpp - Tensors stored outside the model file -----------===//

#include "onnxc/compiler/Import/ExternalData.h"

#include "onnx/onnx_pb.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <fstream>

using namespace llvm;

namespace onnxc {

static Error makeError(StringRef tensorName, const Twine &message) {
  return createStringError(inconvertibleErrorCode(),
                           "external data of tensor '" + tensorName + "': " +
                               message);
}

Expected<std::string> resolveExternalDataPath(StringRef modelDir,
                                              StringRef location,
                                              StringRef tensorName) {
  if (location.empty())
    return makeError(tensorName, "has no 'location' key");
  if (sys::path::is_absolute(location) ||
      sys::path::is_absolute(location, sys::path::Style::windows))
    return makeError(tensorName, "location '" + location +
                                     "' is absolute; it must be relative to "
                                     "the model's folder");
  for (auto it = sys::path::begin(location, sys::path::Style::posix),
            end = sys::path::end(location);
       it != end; ++it)
    if (*it == "..")
      return makeError(tensorName, "location '" + location +
                                       "' leaves the model's folder");
  if (location.contains('\\'))
    return makeError(tensorName, "location '" + location +
                                     "' uses '\\' separators");
  SmallString<256> path(modelDir);
  sys::path::append(path, location);
  if (!sys::fs::is_regular_file(path))
    return makeError(tensorName, "file '" + path + "' does not exist");
  return std::string(path);
}

Expected<std::unique_ptr<std::string>>
readExternalData(const onnx::TensorProto &tensor, StringRef modelDir) {
  StringRef name = tensor.name();
  std::string location;
  uint64_t offset = 0;
  std::optional<uint64_t> length;
  for (const auto &entry : tensor.external_data()) {
    uint64_t value = 0;
    bool numeric = entry.key() == "offset" || entry.key() == "length";
    if (numeric && StringRef(entry.value()).getAsInteger(10, value))
      return makeError(name, "'" + entry.key() + "' is not a number: '" +
                                 entry.value() + "'");
    if (entry.key() == "location") location = entry.value();
    else if (entry.key() == "offset") offset = value;
    else if (entry.key() == "length") length = value;
  }
  Expected<std::string> path = resolveExternalDataPath(modelDir, location, name);
  if (!path) return path.takeError();
  uint64_t fileSize = 0;
  if (sys::fs::file_size(*path, fileSize))
    return makeError(name, "cannot stat '" + *path + "'");
  if (offset > fileSize)
    return makeError(name, "offset " + Twine(offset) + " is past the end of '" +
                               *path + "' (" + Twine(fileSize) + " bytes)");
  uint64_t size = length.value_or(fileSize - offset);
  if (size > fileSize - offset)
    return makeError(name, "range [" + Twine(offset) + ", " +
                               Twine(offset + size) + ") is past the end of '" +
                               *path + "' (" + Twine(fileSize) + " bytes)");
  auto bytes = std::make_unique<std::string>(size, '\0');
  std::ifstream in(*path, std::ios::binary);
  in.seekg(static_cast<std::streamoff>(offset));
  if (!in.read(bytes->data(), static_cast<std::streamsize>(size)))
    return makeError(name, "cannot read '" + *path + "'");
  return std::move(bytes);
}

} // namespace onnxc
