//===- ConstantLayouts.cpp - New layouts of constant tensors --------------===//

#include "onnxc/lowering/Linalg/ConstantLayouts.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/DialectResourceBlobManager.h"

#include <cstring>
#include <functional>

using namespace mlir;

namespace onnxc {

/// The bytes of a constant, or nothing for a splat or other storage.
static std::optional<ArrayRef<char>> rawBytes(ElementsAttr value) {
  if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    if (dense.isSplat()) return std::nullopt;
    return dense.getRawData();
  }
  if (auto resource = dyn_cast<DenseResourceElementsAttr>(value))
    if (AsmResourceBlob *blob = resource.getRawHandle().getBlob())
      return blob->getData();
  return std::nullopt;
}

/// A constant of `type` whose element i (row-major) is element
/// `source(i)` of `value` (-1: zero), with `value`'s kind of storage;
/// `suffix` names a new resource blob.
static ElementsAttr relayout(ElementsAttr value, RankedTensorType type,
                             int64_t sourceElements,
                             const std::function<int64_t(int64_t)> &source,
                             StringRef suffix) {
  unsigned bits = type.getElementTypeBitWidth();
  if (bits % 8 != 0) return {};
  int64_t elementBytes = bits / 8;
  if (auto dense = dyn_cast<DenseElementsAttr>(value); dense && dense.isSplat()) {
    // Zero padding would break the splat; only an exact relayout keeps it.
    if (type.getNumElements() != sourceElements) return {};
    return dense.resizeSplat(type);
  }
  std::optional<ArrayRef<char>> data = rawBytes(value);
  if (!data ||
      static_cast<int64_t>(data->size()) != sourceElements * elementBytes)
    return {};
  std::vector<char> bytes(type.getNumElements() * elementBytes, 0);
  for (int64_t i = 0, e = type.getNumElements(); i < e; ++i)
    if (int64_t from = source(i); from >= 0)
      std::memcpy(&bytes[i * elementBytes], &(*data)[from * elementBytes],
                  elementBytes);
  if (isa<DenseElementsAttr>(value))
    return DenseElementsAttr::getFromRawBuffer(type, bytes);
  auto resource = cast<DenseResourceElementsAttr>(value);
  AsmResourceBlob blob = HeapAsmResourceBlob::allocateAndCopyWithAlign(
      bytes, resource.getRawHandle().getBlob()->getDataAlignment());
  std::string name = (resource.getRawHandle().getKey() + suffix).str();
  return DenseResourceElementsAttr::get(type, name, std::move(blob));
}

ElementsAttr transposeConstant(ElementsAttr value) {
  auto source = cast<RankedTensorType>(value.getType());
  int64_t rows = source.getDimSize(0), cols = source.getDimSize(1);
  auto type =
      RankedTensorType::get({cols, rows}, source.getElementType());
  return relayout(
      value, type, rows * cols,
      [&](int64_t i) { return (i % rows) * cols + i / rows; }, "_t");
}

ElementsAttr packRowPanels(ElementsAttr value, RankedTensorType type,
                           int64_t rows) {
  int64_t m = type.getDimSize(0), k = type.getDimSize(1);
  int64_t panels = (m + rows - 1) / rows;
  auto packedType =
      RankedTensorType::get({panels, k, rows}, type.getElementType());
  return relayout(
      value, packedType, m * k,
      [&](int64_t i) -> int64_t {
        int64_t r = i % rows, kk = (i / rows) % k, p = i / (rows * k);
        int64_t row = p * rows + r;
        return row < m ? row * k + kk : -1;
      },
      ("_p" + llvm::Twine(rows)).str());
}

ElementsAttr packColumnPanels(ElementsAttr value, RankedTensorType type,
                              int64_t cols) {
  int64_t k = type.getDimSize(0), n = type.getDimSize(1);
  int64_t panels = (n + cols - 1) / cols;
  auto packedType =
      RankedTensorType::get({panels, k, cols}, type.getElementType());
  return relayout(
      value, packedType, k * n,
      [&](int64_t i) -> int64_t {
        int64_t c = i % cols, kk = (i / cols) % k, p = i / (cols * k);
        int64_t col = p * cols + c;
        return col < n ? kk * n + col : -1;
      },
      ("_c" + llvm::Twine(cols)).str());
}

} // namespace onnxc
