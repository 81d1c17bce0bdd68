//===- ModelImporter.cpp - ONNX models -> the onnx dialect ----------------===//

#include "onnxc/compiler/Import/ModelImporter.h"
#include "GraphImporter.h"

#include "onnxc/dialects/ONNX/IR/ONNXOps.h"

#include "onnx/defs/parser.h"
#include "onnx/onnx_pb.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/IR/Verifier.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace mlir;

namespace onnxc {

static bool isTextModel(StringRef path) {
  return path.ends_with(".onnxtxt") || path.ends_with(".txt");
}

OwningOpRef<ModuleOp> importModelFile(StringRef path, MLIRContext *context,
                                      const ImportOptions &options) {
  Location fileLoc = FileLineColLoc::get(context, path, 0, 0);
  onnx::ModelProto model;
  if (isTextModel(path)) {
    auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/true);
    if (!buffer) {
      emitError(fileLoc) << "cannot read the model: "
                         << buffer.getError().message();
      return {};
    }
    auto status = onnx::OnnxParser::Parse(model, (*buffer)->getBufferStart());
    if (!status.IsOK()) {
      emitError(fileLoc) << "not a valid ONNX text model: "
                         << status.ErrorMessage();
      return {};
    }
  } else {
    // Parse straight from the file: the bytes are held once, in the proto.
    int fd = ::open(path.str().c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      emitError(fileLoc) << "cannot read the model: " << std::strerror(errno);
      return {};
    }
    bool parsed;
    {
      google::protobuf::io::FileInputStream file(fd);
      google::protobuf::io::CodedInputStream stream(&file);
      stream.SetTotalBytesLimit(std::numeric_limits<int>::max());
      parsed = model.ParseFromCodedStream(&stream) &&
               stream.ConsumedEntireMessage();
      parsed = parsed && file.GetErrno() == 0;
    }
    ::close(fd);
    if (!parsed) {
      emitError(fileLoc) << "not a valid ONNX model (the protobuf does not "
                            "parse; the file may be truncated or corrupt)";
      return {};
    }
  }
  return importModel(model, path, context, options);
}

OwningOpRef<ModuleOp> importModel(onnx::ModelProto &model, StringRef path,
                                  MLIRContext *context,
                                  const ImportOptions &options) {
  context->loadDialect<ONNXDialect, func::FuncDialect>();
  Location fileLoc = FileLineColLoc::get(context, path, 0, 0);
  if (!model.has_graph()) {
    emitError(fileLoc) << "the model has no graph";
    return {};
  }
  std::optional<int64_t> opset;
  llvm::StringMap<int64_t> domainVersions;
  for (const auto &entry : model.opset_import()) {
    if (entry.domain().empty() || entry.domain() == "ai.onnx")
      opset = entry.version();
    else
      domainVersions[entry.domain()] = entry.version();
  }
  if (!opset) {
    // IR version 2 models predate opset_import: opset 1. A model that
    // imports only other domains has no default opset (0); a node of the
    // default domain is then reported.
    if (model.ir_version() >= 3 || model.opset_import_size() > 0)
      opset = 0;
    else
      opset = 1;
  }

  GraphImporter importer(context, path, *opset, options);
  importer.setDomainVersions(std::move(domainVersions));
  if (failed(importer.checkSupported(model.graph()))) return {};

  OwningOpRef<ModuleOp> module = ModuleOp::create(fileLoc);
  Builder b(context);
  (*module)->setAttr("onnx.opset", b.getI64IntegerAttr(*opset));
  if (!model.producer_name().empty())
    (*module)->setAttr("onnx.producer", b.getStringAttr(model.producer_name()));
  if (failed(importer.importMainGraph(*model.mutable_graph(), *module)))
    return {};
  if (failed(verify(*module))) return {};
  return module;
}

} // namespace onnxc
