//===- EinsumEquation.h - Einsum equations, parsed ---------------*- C++
//-*-===//
//
// An Einsum equation ("bij,bjk->bik", "...ii->...i", "i,i") parsed once for
// shape inference and once for the lowering. Every dim of every operand and
// of the output gets a label: a letter, or one of the dims that `...` stands
// for. The dims under the ellipses of all operands broadcast together (numpy
// rules, aligned at the right), so ellipsis label p (0 <= p < ellipsisRank)
// is the p-th of those broadcast dims from the left.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_DIALECTS_ONNX_IR_EINSUMEQUATION_H
#define ONNXC_DIALECTS_ONNX_IR_EINSUMEQUATION_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace onnxc {

struct EinsumEquation {
  /// A label: a letter's character code (> 0), or -1 - p for ellipsis dim p.
  using Label = int;
  static bool isEllipsis(Label l) { return l < 0; }
  static int64_t ellipsisDim(Label l) { return -1 - l; }

  /// The labels of each operand's dims, in order.
  llvm::SmallVector<llvm::SmallVector<Label>> inputs;
  /// The labels of the output's dims (explicit `->`, or the implicit form:
  /// the ellipsis dims, then the letters used once, in ASCII order).
  llvm::SmallVector<Label> output;
  /// The number of broadcast dims the ellipses stand for.
  int64_t ellipsisRank = 0;
  /// Every label once: the output's first, then the summed ones in order of
  /// appearance. The lowering's loops follow this order.
  llvm::SmallVector<Label> loops;
};

/// Parses `equation` for operands of `ranks` (-1: rank unknown; the
/// ellipsis and rank checks then wait for known ranks and the result has no
/// labels). Returns false with `error` saying what is wrong.
bool parseEinsumEquation(llvm::StringRef equation,
                         llvm::ArrayRef<int64_t> ranks, EinsumEquation &result,
                         std::string &error);

} // namespace onnxc

#endif // ONNXC_DIALECTS_ONNX_IR_EINSUMEQUATION_H
