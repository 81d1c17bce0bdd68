//===- NodeImport.h - What an op handler sees of one ONNX node --*- C++ -*-===//
//
// Private to compiler/Import. The graph importer resolves a node's inputs and
// attributes into a NodeImport; a handler, chosen by (op type, opset), turns
// it into ops of the onnx dialect and sets `outputs`.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_COMPILER_IMPORT_NODEIMPORT_H
#define ONNXC_COMPILER_IMPORT_NODEIMPORT_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/Operation.h"
#include "llvm/ADT/StringMap.h"

#include <functional>

namespace onnx {
class GraphProto;
class NodeProto;
} // namespace onnx

namespace onnxc {

class GraphImporter;

struct NodeImport {
  GraphImporter &graph;
  const onnx::NodeProto &node;
  /// The model's version of the node's domain.
  int64_t opset;
  mlir::Location loc;
  mlir::OpBuilder &builder;
  /// One value per ONNX input; absent optional inputs are onnx.NoValue.
  llvm::SmallVector<mlir::Value> inputs;
  /// Converted attributes, graph attributes excepted (see `graphs`).
  llvm::SmallVector<mlir::NamedAttribute> attributes;
  llvm::StringMap<const onnx::GraphProto *> graphs;
  /// Set by the handler: one value per ONNX output it defines. Outputs the
  /// handler leaves null must be unused in the model.
  llvm::SmallVector<mlir::Value> outputs;

  /// Emits "node 'NAME' (OP): message" at the node and returns failure.
  mlir::LogicalResult error(const llvm::Twine &message) const;

  mlir::Attribute getAttr(llvm::StringRef name) const;
  std::optional<int64_t> getInt(llvm::StringRef name) const;
  std::optional<llvm::SmallVector<int64_t>> getInts(llvm::StringRef name) const;
  /// Moves an attribute out of `attributes` (used when an old opset's
  /// attribute becomes an input).
  mlir::Attribute takeAttr(llvm::StringRef name);

  mlir::Value noValue();
  mlir::Value constantI64(llvm::ArrayRef<int64_t> values);
  /// A scalar-free 1-element constant of `elementType` holding `value`.
  mlir::Value constantScalar(mlir::Type elementType, double value);

  /// Creates `OpTy` with these operands and attributes, imports `regions`
  /// (ONNX subgraphs, with the types their inputs default to) into its
  /// regions, checks its ODS constraints (operand, attribute kinds) and
  /// infers its result types. Returns null after a diagnostic naming the node
  /// when the node is inconsistent.
  template <typename OpTy>
  OpTy create(mlir::ValueRange operands,
              llvm::ArrayRef<mlir::NamedAttribute> attributes,
              unsigned numResults,
              llvm::ArrayRef<const onnx::GraphProto *> regions = {},
              llvm::ArrayRef<llvm::SmallVector<mlir::Type>> regionArgTypes = {}) {
    mlir::Operation *op =
        build(OpTy::getOperationName(), operands, attributes, numResults,
              regions.size());
    auto verifyODS = [op] { return llvm::cast<OpTy>(op).verifyInvariantsImpl(); };
    if (failed(finish(op, regions, regionArgTypes, verifyODS))) return {};
    return llvm::cast<OpTy>(op);
  }

private:
  mlir::Operation *build(llvm::StringRef name, mlir::ValueRange operands,
                         llvm::ArrayRef<mlir::NamedAttribute> attributes,
                         unsigned numResults, unsigned numRegions);
  mlir::LogicalResult
  finish(mlir::Operation *op, llvm::ArrayRef<const onnx::GraphProto *> regions,
         llvm::ArrayRef<llvm::SmallVector<mlir::Type>> regionArgTypes,
         llvm::function_ref<mlir::LogicalResult()> verifyODS);
};

using OpHandler = std::function<mlir::LogicalResult(NodeImport &)>;

/// The handler for an ONNX op at an opset version, or null. When the op is
/// known but defined only from a later opset, `firstOpset` is set.
const OpHandler *lookupOpHandler(llvm::StringRef opType, int64_t opset,
                                 int64_t &firstOpset);

/// The handler for an op of a domain other than the default one
/// ("com.microsoft", "ai.onnx.preview.training") at the version the model
/// imports, or null; `firstVersion` as for lookupOpHandler.
const OpHandler *lookupDomainOpHandler(llvm::StringRef domain,
                                       llvm::StringRef opType,
                                       int64_t version, int64_t &firstVersion);

/// Registers the handlers of ops imported as compositions of other ops
/// (ComposedOpHandlers.cpp) with the op table's `add(op, since, handler)`.
void addComposedOpHandlers(
    llvm::function_ref<void(llvm::StringRef, int64_t, OpHandler)> add);

/// Runs `handler` on a node after dropping attributes of old opsets that
/// carry no meaning.
mlir::LogicalResult runOpHandler(const OpHandler &handler, NodeImport &node);

} // namespace onnxc

#endif // ONNXC_COMPILER_IMPORT_NODEIMPORT_H
