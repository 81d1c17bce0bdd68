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

/// `value` ([M, K], read with `type`'s shape) as panels of `width` of its
/// dim `sliced` (0: rows, 1: columns), each panel stored with the other dim
/// outer: [ceil(size / width), other, width], zero past the end.
static ElementsAttr packPanels(ElementsAttr value, RankedTensorType type,
                               int64_t width, unsigned sliced,
                               StringRef tag) {
  int64_t size = type.getDimSize(sliced), other = type.getDimSize(1 - sliced);
  int64_t panels = (size + width - 1) / width;
  auto packedType =
      RankedTensorType::get({panels, other, width}, type.getElementType());
  int64_t stride = type.getDimSize(1);
  return relayout(
      value, packedType, size * other,
      [&](int64_t i) -> int64_t {
        int64_t w = i % width, o = (i / width) % other,
                p = i / (width * other);
        int64_t s = p * width + w;
        if (s >= size) return -1;
        return sliced == 0 ? s * stride + o : o * stride + s;
      },
      (tag + llvm::Twine(width)).str());
}

ElementsAttr packRowPanels(ElementsAttr value, RankedTensorType type,
                           int64_t rows) {
  return packPanels(value, type, rows, 0, "_p");
}

ElementsAttr packColumnPanels(ElementsAttr value, RankedTensorType type,
                              int64_t cols) {
  return packPanels(value, type, cols, 1, "_c");
}

} // namespace onnxc
