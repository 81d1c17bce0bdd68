//===- ModelABI.cpp - The C ABI of a compiled model -----------------------===//

#include "onnxc/compiler/Target/ModelABI.h"

#include "onnxc/dialects/ONNX/IR/DataTypes.h"
#include "onnxc/runtime/onnxc_runtime.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/Bitcode/BitcodeReader.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/Linker/Linker.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Transforms/IPO/Internalize.h"

extern const char onnxcRuntimeBitcode[];
extern const size_t onnxcRuntimeBitcodeSize;

using namespace mlir;

namespace onnxc {

FailureOr<ModelSignature> getModelSignature(ModuleOp module) {
  auto func = module.lookupSymbol<func::FuncOp>("main_graph");
  if (!func) {
    emitError(module.getLoc()) << "the module has no main_graph function";
    return failure();
  }
  ModelSignature signature;
  auto read = [&](Type type, DictionaryAttr attrs, size_t index,
                  bool isInput) -> LogicalResult {
    auto tensor = dyn_cast<RankedTensorType>(type);
    std::string kind = isInput ? "input" : "output";
    ValueSignature value;
    value.name = kind + std::to_string(index);
    if (attrs)
      if (auto name = attrs.getAs<StringAttr>("onnx.name"))
        value.name = name.str();
    if (!tensor) {
      emitError(func.getLoc()) << kind << " '" << value.name
                               << "' has an unknown rank, which the C ABI "
                                  "cannot describe";
      return failure();
    }
    if (tensor.getRank() > ONNXC_MAX_RANK) {
      emitError(func.getLoc()) << kind << " '" << value.name << "' has rank "
                               << tensor.getRank() << "; at most "
                               << ONNXC_MAX_RANK << " is supported";
      return failure();
    }
    auto dtype = getOnnxDataType(tensor.getElementType());
    if (!dtype) {
      emitError(func.getLoc()) << kind << " '" << value.name
                               << "' has element type "
                               << tensor.getElementType()
                               << ", which has no ONNX data type";
      return failure();
    }
    value.dtype = *dtype;
    for (int64_t d : tensor.getShape())
      value.shape.push_back(ShapedType::isDynamic(d) ? -1 : d);
    (isInput ? signature.inputs : signature.outputs).push_back(value);
    return success();
  };
  for (auto [i, type] : llvm::enumerate(func.getArgumentTypes()))
    if (failed(read(type, func.getArgAttrDict(i), i, true))) return failure();
  for (auto [i, type] : llvm::enumerate(func.getResultTypes()))
    if (failed(read(type, func.getResultAttrDict(i), i, false)))
      return failure();
  return signature;
}

namespace {
/// Builds the constant arrays of the model description.
class InfoBuilder {
public:
  InfoBuilder(llvm::Module &module) : module(module), ctx(module.getContext()) {}

  llvm::Constant *strings(const std::vector<ValueSignature> &values) {
    std::vector<llvm::Constant *> ptrs;
    for (const ValueSignature &v : values)
      ptrs.push_back(string(v.name));
    return global(llvm::ConstantArray::get(
        llvm::ArrayType::get(ptrType(), ptrs.size()), ptrs));
  }
  llvm::Constant *i32s(const std::vector<ValueSignature> &values,
                       bool ranks) {
    std::vector<uint32_t> data;
    for (const ValueSignature &v : values)
      data.push_back(ranks ? v.shape.size() : v.dtype);
    return global(llvm::ConstantDataArray::get(ctx, data));
  }
  llvm::Constant *shapes(const std::vector<ValueSignature> &values) {
    std::vector<uint64_t> data;
    for (const ValueSignature &v : values) {
      for (int k = 0; k < ONNXC_MAX_RANK; ++k)
        data.push_back(k < static_cast<int>(v.shape.size()) ? v.shape[k] : 0);
    }
    if (data.empty()) data.push_back(0);
    return global(llvm::ConstantDataArray::get(ctx, data));
  }
  llvm::Constant *string(llvm::StringRef text) {
    return global(llvm::ConstantDataArray::getString(ctx, text));
  }
  llvm::PointerType *ptrType() { return llvm::PointerType::get(ctx, 0); }
  llvm::Constant *global(llvm::Constant *init) {
    return new llvm::GlobalVariable(module, init->getType(), true,
                                    llvm::GlobalValue::PrivateLinkage, init,
                                    "onnxc.model");
  }

private:
  llvm::Module &module;
  llvm::LLVMContext &ctx;
};
} // namespace

/// `void invoke(void **args)`: calls _mlir_ciface_main_graph with args[0..n].
static llvm::Function *buildInvoke(llvm::Module &module, llvm::Function *ciface,
                                   std::string &error) {
  llvm::LLVMContext &ctx = module.getContext();
  auto *ptr = llvm::PointerType::get(ctx, 0);
  auto *type = llvm::FunctionType::get(llvm::Type::getVoidTy(ctx), {ptr}, false);
  auto *invoke = llvm::Function::Create(type, llvm::GlobalValue::InternalLinkage,
                                        "onnxc.invoke", module);
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", invoke));
  std::vector<llvm::Value *> args;
  for (unsigned i = 0; i < ciface->arg_size(); ++i) {
    llvm::Value *slot = b.CreateConstGEP1_64(ptr, invoke->getArg(0), i);
    args.push_back(b.CreateLoad(ptr, slot));
  }
  b.CreateCall(ciface, args);
  b.CreateRetVoid();
  return invoke;
}

/// The stub's functions carry the baseline CPU's attributes ("target-cpu",
/// "target-features", "tune-cpu"); entry points take them too, so that the
/// code that runs before the CPU check uses no instruction the CPU may lack.
static void copyTargetAttributes(const llvm::Function &from,
                                 llvm::Function &to) {
  for (const char *kind : {"target-cpu", "target-features", "tune-cpu"})
    if (from.hasFnAttribute(kind))
      to.addFnAttr(from.getFnAttribute(kind));
}

/// PREFIX_NAME(args...) { return TARGET(extra..., args...); }
static void forward(llvm::Module &module, llvm::StringRef prefix,
                    llvm::StringRef name, llvm::Function *target,
                    llvm::Constant *info) {
  llvm::FunctionType *targetType = target->getFunctionType();
  llvm::ArrayRef<llvm::Type *> params = targetType->params();
  if (info) params = params.drop_front();
  auto *type = llvm::FunctionType::get(targetType->getReturnType(), params,
                                       false);
  auto *fn = llvm::Function::Create(type, llvm::GlobalValue::ExternalLinkage,
                                    prefix + "_" + name, module);
  copyTargetAttributes(*target, *fn);
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(module.getContext(), "entry", fn));
  std::vector<llvm::Value *> args;
  if (info) args.push_back(info);
  for (llvm::Argument &a : fn->args()) args.push_back(&a);
  llvm::Value *result = b.CreateCall(target, args);
  if (type->getReturnType()->isVoidTy()) b.CreateRetVoid();
  else b.CreateRet(result);
}

LogicalResult addModelABI(llvm::Module &module, const ModelSignature &signature,
                          llvm::StringRef prefix, llvm::StringRef targetCPU,
                          llvm::StringRef targetFeatures, std::string &error) {
  llvm::LLVMContext &ctx = module.getContext();
  llvm::Function *ciface = module.getFunction("_mlir_ciface_main_graph");
  if (!ciface) {
    error = "the module has no _mlir_ciface_main_graph";
    return failure();
  }
  auto buffer = llvm::MemoryBuffer::getMemBuffer(
      llvm::StringRef(onnxcRuntimeBitcode, onnxcRuntimeBitcodeSize),
      "onnxc_runtime.bc", false);
  auto runtime = llvm::parseBitcodeFile(buffer->getMemBufferRef(), ctx);
  if (!runtime) {
    error = "cannot read the embedded runtime: " +
            llvm::toString(runtime.takeError());
    return failure();
  }
  (*runtime)->setDataLayout(module.getDataLayout());
  (*runtime)->setTargetTriple(module.getTargetTriple());
  if (llvm::Linker::linkModules(module, std::move(*runtime))) {
    error = "cannot link the runtime into the model";
    return failure();
  }

  InfoBuilder info(module);
  llvm::Function *invoke = buildInvoke(module, ciface, error);
  auto *i32 = llvm::Type::getInt32Ty(ctx);
  std::vector<llvm::Constant *> fields = {
      llvm::ConstantInt::get(i32, signature.inputs.size()),
      llvm::ConstantInt::get(i32, signature.outputs.size()),
      info.strings(signature.inputs),
      info.strings(signature.outputs),
      info.i32s(signature.inputs, false),
      info.i32s(signature.outputs, false),
      info.i32s(signature.inputs, true),
      info.i32s(signature.outputs, true),
      info.shapes(signature.inputs),
      info.shapes(signature.outputs),
      info.string(targetCPU),
      info.string(targetFeatures),
      invoke};
  std::vector<llvm::Type *> fieldTypes;
  for (llvm::Constant *c : fields) fieldTypes.push_back(c->getType());
  auto *infoType = llvm::StructType::get(ctx, fieldTypes);
  auto *infoGlobal = new llvm::GlobalVariable(
      module, infoType, true, llvm::GlobalValue::InternalLinkage,
      llvm::ConstantStruct::get(infoType, fields), "onnxc.model_info");

  auto get = [&](llvm::StringRef name) { return module.getFunction(name); };
  for (auto [name, target, withInfo] :
       std::initializer_list<std::tuple<const char *, const char *, bool>>{
           {"session_create", "onnxc_rt_session_create", true},
           {"session_destroy", "onnxc_rt_session_destroy", false},
           {"last_error", "onnxc_rt_last_error", false},
           {"run", "onnxc_rt_run", true},
           {"release_outputs", "onnxc_rt_release_outputs", false}}) {
    llvm::Function *fn = get(target);
    if (!fn) {
      error = std::string("the runtime lacks ") + target;
      return failure();
    }
    forward(module, prefix, name, fn, withInfo ? infoGlobal : nullptr);
  }
  // PREFIX_model_info() returns the description.
  auto *infoFn = llvm::Function::Create(
      llvm::FunctionType::get(info.ptrType(), false),
      llvm::GlobalValue::ExternalLinkage, prefix + "_model_info", module);
  copyTargetAttributes(*get("onnxc_rt_session_create"), *infoFn);
  llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx, "entry", infoFn));
  b.CreateRet(infoGlobal);

  // Only the prefixed entry points stay visible. Compiler builtins that the
  // runtime provides (calls to them appear only during code generation) stay
  // external for the link, but hidden.
  std::string exported = (prefix + "_").str();
  for (llvm::Function &fn : module.functions())
    if (fn.getName().starts_with("__") && !fn.isDeclaration())
      fn.setVisibility(llvm::GlobalValue::HiddenVisibility);
  llvm::internalizeModule(module, [&](const llvm::GlobalValue &gv) {
    return gv.getName().starts_with(exported) ||
           (gv.getName().starts_with("__") && !gv.isDeclaration());
  });
  return success();
}

void writeModelHeader(llvm::raw_ostream &os, const ModelSignature &signature,
                      llvm::StringRef prefix) {
  std::string guard = llvm::StringRef(prefix).upper() + "_H";
  os << "/* Generated by onnxc: the entry points of lib" << prefix << ".so.\n";
  auto describe = [&](const char *kind,
                      const std::vector<ValueSignature> &values) {
    for (auto [i, v] : llvm::enumerate(values)) {
      os << " * " << kind << " " << i << ": '" << v.name << "', "
         << getOnnxDataTypeName(v.dtype) << " [";
      for (auto [k, d] : llvm::enumerate(v.shape))
        os << (k ? ", " : "") << (d < 0 ? std::string("?") : std::to_string(d));
      os << "]\n";
    }
  };
  describe("input", signature.inputs);
  describe("output", signature.outputs);
  os << " */\n#ifndef " << guard << "\n#define " << guard << "\n\n"
     << "#include \"onnxc/runtime/onnxc_runtime.h\"\n\n"
     << "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n";
  os << "#define " << llvm::StringRef(prefix).upper() << "_NUM_INPUTS "
     << signature.inputs.size() << "\n";
  os << "#define " << llvm::StringRef(prefix).upper() << "_NUM_OUTPUTS "
     << signature.outputs.size() << "\n\n";
  os << "onnxc_status " << prefix
     << "_session_create(const onnxc_session_options *options, "
        "onnxc_session **session);\n";
  os << "void " << prefix << "_session_destroy(onnxc_session *session);\n";
  os << "const char *" << prefix
     << "_last_error(const onnxc_session *session);\n";
  os << "/* Validates every input, then runs; outputs are allocated by the\n"
        " * library and released with "
     << prefix << "_release_outputs. */\n";
  os << "onnxc_status " << prefix
     << "_run(onnxc_session *session, const onnxc_tensor *inputs, int32_t "
        "num_inputs, onnxc_tensor *outputs, int32_t num_outputs);\n";
  os << "void " << prefix
     << "_release_outputs(onnxc_tensor *outputs, int32_t num_outputs);\n";
  os << "const onnxc_model_info *" << prefix << "_model_info(void);\n\n";
  os << "#ifdef __cplusplus\n}\n#endif\n\n#endif /* " << guard << " */\n";
}

std::string getDefaultPrefix(llvm::StringRef outputPath) {
  llvm::StringRef stem = llvm::sys::path::stem(outputPath);
  if (stem.starts_with("lib") && stem.size() > 3) stem = stem.drop_front(3);
  std::string prefix;
  for (char c : stem)
    prefix += (isalnum(static_cast<unsigned char>(c)) ? c : '_');
  if (prefix.empty() || isdigit(static_cast<unsigned char>(prefix[0])))
    prefix = "model_" + prefix;
  return prefix;
}

} // namespace onnxc
