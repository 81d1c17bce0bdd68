//===- TileEpilogue.cpp - Vector rows of register tiles -------------------===//

#include "onnxc/lowering/Linalg/TileEpilogue.h"
#include "onnxc/lowering/Linalg/RegisterContraction.h"

#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/IR/IRMapping.h"

using namespace mlir;

namespace onnxc {

SmallVector<Value> indicesOf(AffineMap map, ArrayRef<Value> dims) {
  SmallVector<Value> indices;
  for (AffineExpr result : map.getResults())
    indices.push_back(dims[cast<AffineDimExpr>(result).getPosition()]);
  return indices;
}

Value readRow(OpBuilder &b, Location loc, Value source, AffineMap map,
              ArrayRef<Value> dims, int64_t cols, bool inBounds) {
  Type elementType = cast<ShapedType>(source.getType()).getElementType();
  Value pad = arith::ConstantOp::create(b, loc, b.getZeroAttr(elementType));
  return vector::TransferReadOp::create(
      b, loc, VectorType::get({cols}, elementType), source,
      indicesOf(map, dims), pad, ArrayRef<bool>{inBounds});
}

Value writeRow(OpBuilder &b, Location loc, Value row, Value into,
               AffineMap map, ArrayRef<Value> dims, bool inBounds) {
  return vector::TransferWriteOp::create(b, loc, row, into,
                                         indicesOf(map, dims),
                                         ArrayRef<bool>{inBounds})
      .getResult();
}

/// Whether `map` reads one vector along loop dim `cols` (its innermost
/// result) or one scalar (it does not use `cols`); false for anything else.
static bool isRowOrScalarMap(AffineMap map, unsigned cols) {
  if (!map.isProjectedPermutation()) return false;
  if (!map.isFunctionOfDim(cols)) return true;
  return map.getResults().back() == getAffineDimExpr(cols, map.getContext());
}

linalg::GenericOp TileEpilogue::find(linalg::LinalgOp producer,
                                     unsigned colsDim) {
  Value result = producer->getResult(0);
  if (!result.hasOneUse()) return {};
  auto epilogue = dyn_cast<linalg::GenericOp>(*result.getUsers().begin());
  if (!epilogue || !epilogue->hasAttr(kEpilogueAttr)) return {};
  AffineMap output = producer.getIndexingMapsArray().back();
  unsigned cols = output.getNumResults();
  for (unsigned i = 0; i < output.getNumResults(); ++i)
    if (output.getDimPosition(i) == colsDim) cols = i;
  if (cols == output.getNumResults() ||
      epilogue.getNumLoops() != output.getNumResults())
    return {};
  for (OpOperand &operand : epilogue->getOpOperands())
    if (!isRowOrScalarMap(epilogue.getMatchingIndexingMap(&operand), cols))
      return {};
  return epilogue;
}

TileEpilogue::TileEpilogue(linalg::LinalgOp producer,
                           linalg::GenericOp epilogue, unsigned colsDim,
                           int64_t cols, bool fullCols)
    : producer(producer), epilogue(epilogue), cols(cols), fullCols(fullCols) {
  AffineMap output = producer.getIndexingMapsArray().back();
  for (unsigned i = 0; i < output.getNumResults(); ++i) {
    loopDims.push_back(output.getDimPosition(i));
    if (loopDims.back() == colsDim) colsLoop = i;
  }
}

SmallVector<Value> TileEpilogue::getDests() {
  return llvm::to_vector(epilogue.getDpsInits());
}

/// A scalar of the epilogue's body as a vector: values from outside the
/// body are broadcast.
static Value vectorOf(OpBuilder &b, Location loc, Value scalar,
                      const IRMapping &mapping, int64_t cols) {
  if (Value mapped = mapping.lookupOrNull(scalar)) return mapped;
  return vector::BroadcastOp::create(
      b, loc, VectorType::get({cols}, scalar.getType()), scalar);
}

SmallVector<Value> TileEpilogue::apply(OpBuilder &b, Location loc, Value acc,
                                       ArrayRef<Value> dims, ValueRange into) {
  SmallVector<Value> epilogueDims;
  for (unsigned d : loopDims) epilogueDims.push_back(dims[d]);
  Block *body = epilogue.getBody();
  IRMapping mapping;
  Value product = producer->getResult(0);
  for (OpOperand *input : epilogue.getDpsInputOperands()) {
    Value arg = body->getArgument(input->getOperandNumber());
    if (input->get() == product) {
      mapping.map(arg, acc);
      continue;
    }
    AffineMap map = epilogue.getMatchingIndexingMap(input);
    if (map.isFunctionOfDim(colsLoop)) {
      mapping.map(arg, readRow(b, loc, input->get(), map, epilogueDims, cols,
                               fullCols));
      continue;
    }
    Value scalar = tensor::ExtractOp::create(b, loc, input->get(),
                                             indicesOf(map, epilogueDims));
    mapping.map(arg, vectorOf(b, loc, scalar, mapping, cols));
  }
  for (auto [i, init] : llvm::enumerate(epilogue.getDpsInitsMutable())) {
    Value arg = body->getArgument(init.getOperandNumber());
    if (!arg.use_empty())
      mapping.map(arg, readRow(b, loc, into[i],
                               epilogue.getMatchingIndexingMap(&init),
                               epilogueDims, cols, fullCols));
  }
  for (Operation &bodyOp : body->without_terminator()) {
    if (isa<arith::ConstantOp>(bodyOp)) {
      Value scalar = b.clone(bodyOp)->getResult(0);
      mapping.map(bodyOp.getResult(0), vectorOf(b, loc, scalar, mapping, cols));
      continue;
    }
    OperationState state(loc, bodyOp.getName());
    for (Value operand : bodyOp.getOperands())
      state.addOperands(vectorOf(b, loc, operand, mapping, cols));
    for (Type type : bodyOp.getResultTypes())
      state.addTypes(VectorType::get({cols}, type));
    state.addAttributes(bodyOp.getAttrs());
    Operation *vectorOp = b.create(state);
    mapping.map(bodyOp.getResults(), vectorOp->getResults());
  }
  SmallVector<Value> results;
  auto yield = cast<linalg::YieldOp>(body->getTerminator());
  for (auto [i, init] : llvm::enumerate(epilogue.getDpsInitsMutable()))
    results.push_back(writeRow(
        b, loc, vectorOf(b, loc, yield.getOperand(i), mapping, cols), into[i],
        epilogue.getMatchingIndexingMap(&init), epilogueDims, fullCols));
  return results;
}

} // namespace onnxc
