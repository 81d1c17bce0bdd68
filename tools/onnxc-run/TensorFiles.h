//===- TensorFiles.h - .npy and ONNX .pb tensors for onnxc-run --*- C++ -*-===//

#ifndef ONNXC_TOOLS_ONNXC_RUN_TENSORFILES_H
#define ONNXC_TOOLS_ONNXC_RUN_TENSORFILES_H

#include <cstdint>
#include <string>
#include <vector>

namespace onnxc {

/// A host tensor: ONNX dtype, dims and the row-major bytes.
struct HostTensor {
  int32_t dtype = 0;
  std::vector<int64_t> shape;
  std::vector<char> bytes;
};

/// Bytes per element of an ONNX dtype; 0 when unsupported.
size_t getDtypeSize(int32_t dtype);

/// Reads a .npy (C order, little-endian) or an ONNX TensorProto .pb file.
/// Returns false with `error` set.
bool readTensorFile(const std::string &path, HostTensor &tensor,
                    std::string &error);

/// Writes a .npy file.
bool writeNpy(const std::string &path, const HostTensor &tensor,
              std::string &error);

/// The elements as doubles (for comparisons).
std::vector<double> toDoubles(const HostTensor &tensor);

} // namespace onnxc

#endif // ONNXC_TOOLS_ONNXC_RUN_TENSORFILES_H
