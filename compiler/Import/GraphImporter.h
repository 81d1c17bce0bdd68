//===- GraphImporter.h - ONNX graphs -> regions of onnx ops -----*- C++ -*-===//
//
// Private to compiler/Import.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_COMPILER_IMPORT_GRAPHIMPORTER_H
#define ONNXC_COMPILER_IMPORT_GRAPHIMPORTER_H

#include "NodeImport.h"
#include "onnxc/compiler/Import/ModelImporter.h"
#include "onnxc/compiler/Import/TensorDecoding.h"

#include "mlir/IR/Builders.h"
#include "llvm/ADT/StringSet.h"

namespace onnx {
class AttributeProto;
class TypeProto;
class ValueInfoProto;
} // namespace onnx

namespace onnxc {

class GraphImporter {
public:
  GraphImporter(mlir::MLIRContext *context, llvm::StringRef modelPath,
                int64_t opset, const ImportOptions &options);

  /// The versions the model imports of domains other than the default one
  /// (com.microsoft, ai.onnx.preview.training, ...).
  void setDomainVersions(llvm::StringMap<int64_t> versions) {
    domainVersions = std::move(versions);
  }

  /// Reports every node whose op has no handler (in this graph and its
  /// subgraphs) in one diagnostic; fails when there is any.
  mlir::LogicalResult checkSupported(const onnx::GraphProto &graph);

  /// Imports the main graph as `func.func @main_graph` into `module`.
  mlir::LogicalResult importMainGraph(onnx::GraphProto &graph,
                                      mlir::ModuleOp module);

  /// Imports a subgraph into `region`; block arguments take the declared
  /// input types, or `fallbackArgTypes[i]` where a declaration is missing.
  mlir::LogicalResult importSubgraph(const onnx::GraphProto &graph,
                                     mlir::Region &region,
                                     llvm::ArrayRef<mlir::Type> fallbackArgTypes);

  mlir::MLIRContext *getContext() { return context; }
  mlir::Location fileLoc() const { return fileLocation; }
  mlir::Value getNoValue(mlir::OpBuilder &builder, mlir::Location loc);

  /// Converts a declared value type; null (after a diagnostic at `loc`)
  /// for types the compiler does not represent.
  mlir::Type importType(const onnx::TypeProto &type, mlir::Location loc,
                        llvm::StringRef valueName,
                        llvm::SmallVectorImpl<mlir::Attribute> *dimParams = nullptr);

  /// Converts an attribute of any kind except GRAPH(S).
  mlir::FailureOr<mlir::Attribute>
  importAttribute(const onnx::AttributeProto &attr, mlir::Location loc);

private:
  mlir::LogicalResult importNodes(const onnx::GraphProto &graph,
                                  mlir::OpBuilder &builder);
  mlir::LogicalResult importNode(const onnx::NodeProto &node, size_t index,
                                 mlir::OpBuilder &builder);
  /// True when the schema of `opType` at `opset` defines a function body,
  /// through which an op without a handler is imported.
  bool hasFunctionBody(llvm::StringRef opType, int64_t opset) const;
  /// Imports `node` as the nodes of its op's function body, inlined
  /// (FunctionExpansion.cpp); `ctx` holds its imported inputs.
  mlir::LogicalResult importFunctionNode(const onnx::NodeProto &node,
                                         size_t index, NodeImport &ctx);
  mlir::LogicalResult importInitializers(onnx::GraphProto &graph,
                                         mlir::OpBuilder &builder);
  /// Collects the outputs of a graph, checking them against their declared
  /// types.
  mlir::FailureOr<llvm::SmallVector<mlir::Value>>
  collectOutputs(const onnx::GraphProto &graph);
  mlir::Value lookup(llvm::StringRef name) const;
  void define(llvm::StringRef name, mlir::Value value);
  void collectUnsupported(const onnx::GraphProto &graph,
                          llvm::SmallVectorImpl<std::string> &problems);
  void collectUsedNames(const onnx::GraphProto &graph);
  mlir::Location nodeLoc(const onnx::NodeProto &node, size_t index) const;
  /// The handler of `node`'s op in its domain, or null with the reason in
  /// `why` (empty when the op may still have a function body).
  const OpHandler *findHandler(const onnx::NodeProto &node,
                               std::string &why) const;

  mlir::MLIRContext *context;
  std::string modelPath;
  mlir::Location fileLocation;
  int64_t opset; // of the default domain; 0 when the model does not import it
  llvm::StringMap<int64_t> domainVersions;
  ImportOptions options;
  TensorDecodeOptions decodeOptions;
  /// Innermost scope last: subgraphs see the values of enclosing graphs.
  llvm::SmallVector<llvm::StringMap<mlir::Value>> scopes;
  /// value_info declarations of the graph being imported, by name.
  llvm::SmallVector<llvm::StringMap<const onnx::ValueInfoProto *>> declared;
  /// Names some node or graph output reads.
  llvm::StringSet<> usedNames;
};

} // namespace onnxc

#endif // ONNXC_COMPILER_IMPORT_GRAPHIMPORTER_H
