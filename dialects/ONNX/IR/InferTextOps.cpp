//===- InferTextOps.cpp - Result types of TfIdfVectorizer -----------------===//
//
// TfIdfVectorizer: a float row of n-gram scores per input row; the pool of
// n-grams and their output positions are attributes, checked here against
// each other once so that the lowering can trust them.
//
//===----------------------------------------------------------------------===//

#include "onnxc/dialects/ONNX/IR/DataTypes.h"
#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

using namespace mlir;

namespace onnxc {

LogicalResult TfIdfVectorizerOp::inferResultTypes(TypeList &types,
                                                  OptLoc loc) {
  Type et = onnxc::getElementType(getX().getType());
  if (!et.isInteger(32) && !et.isInteger(64))
    return emitOptionalError(loc, "X must be an int32 or int64 tensor");
  StringRef mode = getMode();
  if (mode != "TF" && mode != "IDF" && mode != "TFIDF")
    return emitOptionalError(loc, "mode '", mode,
                             "' is not one of TF, IDF, TFIDF");
  // I64Attr getters return the value as uint64_t.
  int64_t minGram = getMinGramLength(), maxGram = getMaxGramLength();
  int64_t maxSkip = getMaxSkipCount();
  if (minGram < 1 || maxGram < minGram || maxSkip < 0)
    return emitOptionalError(loc, "needs 1 <= min_gram_length <= "
                                  "max_gram_length and max_skip_count >= 0, "
                                  "got ",
                             minGram, ", ", maxGram, " and ", maxSkip);
  if (getPoolStrings())
    return emitOptionalError(loc, "pool_strings: string n-grams are not "
                                  "supported");
  if (!getPoolInt64s())
    return emitOptionalError(loc, "needs pool_int64s");
  int64_t poolSize = getPoolInt64s()->size();
  SmallVector<int64_t> counts = getI64Array(getNgramCounts(), 0, 0);
  SmallVector<int64_t> indexes = getI64Array(getNgramIndexes(), 0, 0);
  if (indexes.empty())
    return emitOptionalError(loc, "ngram_indexes must not be empty");
  int64_t grams = 0;
  for (size_t i = 0; i < counts.size(); ++i) {
    int64_t start = counts[i];
    int64_t end = i + 1 < counts.size() ? counts[i + 1] : poolSize;
    if (start < 0 || end < start || end > poolSize)
      return emitOptionalError(loc, "ngram_counts must rise within the pool "
                                    "of ",
                               poolSize, " values");
    grams += (end - start) / static_cast<int64_t>(i + 1);
  }
  if (static_cast<int64_t>(indexes.size()) < grams)
    return emitOptionalError(loc, "ngram_indexes has ", indexes.size(),
                             " entries for ", grams, " n-grams");
  int64_t outputs = 0;
  for (int64_t index : indexes) {
    if (index < 0)
      return emitOptionalError(loc, "ngram_indexes must not be negative");
    outputs = std::max(outputs, index + 1);
  }
  if (auto weights = getWeights();
      weights && static_cast<int64_t>(weights->size()) < outputs)
    return emitOptionalError(loc, "weights has ", weights->size(),
                             " values for ", outputs, " outputs");
  Type f32 = Float32Type::get(getContext());
  MaybeShape x = onnxc::getShape(getX().getType());
  if (x && (x->empty() || x->size() > 2))
    return emitOptionalError(loc, "X must be [C] or [N, C], got rank ",
                             x->size());
  if (!x) {
    types.assign(1, UnrankedTensorType::get(f32));
    return success();
  }
  SmallVector<int64_t> out;
  if (x->size() == 2)
    out.push_back((*x)[0]);
  out.push_back(outputs);
  types.assign(1, RankedTensorType::get(out, f32));
  return success();
}

} // namespace onnxc
