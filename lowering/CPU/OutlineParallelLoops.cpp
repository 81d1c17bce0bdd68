//===- OutlineParallelLoops.cpp - Parallel loops -> thread pool calls -----===//

#include "onnxc/lowering/CPU/Passes.h"

#include "mlir/Dialect/Utils/StaticValueUtils.h"
#include "mlir/IR/IRMapping.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"
#include "mlir/Transforms/RegionUtils.h"

using namespace mlir;

namespace onnxc {
#define GEN_PASS_DEF_OUTLINEPARALLELLOOPSPASS
#define GEN_PASS_DEF_LOWERPARALLELDISPATCHPASS
#include "onnxc/lowering/CPU/Passes.h.inc"

static constexpr StringLiteral kDispatchPrefix = "onnxc_dispatch_";
static constexpr StringLiteral kTaskAttr = "onnxc.task";

/// Trips assumed for a loop whose trip count is only known at run time.
static constexpr uint64_t kDynamicTrips = 1024;

/// The static trip count of `loop`'s dims (kDynamicTrips for each dynamic
/// one).
static uint64_t tripCount(ValueRange lbs, ValueRange ubs, ValueRange steps) {
  uint64_t trips = 1;
  for (auto [lb, ub, step] : llvm::zip(lbs, ubs, steps)) {
    auto l = getConstantIntValue(lb), u = getConstantIntValue(ub),
         s = getConstantIntValue(step);
    uint64_t n = kDynamicTrips;
    if (l && u && s && *s > 0)
      n = *u > *l ? static_cast<uint64_t>((*u - *l + *s - 1) / *s) : 0;
    trips = llvm::SaturatingMultiply(trips, n);
  }
  return trips;
}

/// An estimate of the operations `op` runs: 1, or for a loop its trip count
/// times the work of its body, for other ops with regions the work of the
/// regions (saturating).
static uint64_t estimateWork(Operation *op) {
  uint64_t inner = 0;
  for (Region &region : op->getRegions())
    for (Operation &nested : region.getOps())
      inner = llvm::SaturatingAdd(inner, estimateWork(&nested));
  uint64_t trips = 1;
  if (auto loop = dyn_cast<scf::ForOp>(op))
    trips = tripCount(loop.getLowerBound(), loop.getUpperBound(),
                      loop.getStep());
  else if (auto loop = dyn_cast<scf::ParallelOp>(op))
    trips = tripCount(loop.getLowerBound(), loop.getUpperBound(),
                      loop.getStep());
  else
    return std::max<uint64_t>(inner, 1);
  return llvm::SaturatingMultiply(inner, trips);
}

namespace {
struct OutlineParallelLoopsPass
    : impl::OutlineParallelLoopsPassBase<OutlineParallelLoopsPass> {
  using Base::Base;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<scf::ParallelOp> loops;
    for (auto func : module.getOps<func::FuncOp>()) {
      if (func.isPrivate() || func.isExternal()) continue;
      for (auto loop : func.getBody().getOps<scf::ParallelOp>())
        if (estimateWork(loop) >= static_cast<uint64_t>(minWork))
          loops.push_back(loop);
    }
    unsigned counter = 0;
    for (scf::ParallelOp loop : loops) outline(loop, counter++);
  }

  /// The dim to split: the first with a static trip count above 1 (a unit
  /// batch dim would leave one chunk), else the first.
  static unsigned pickDim(scf::ParallelOp loop) {
    for (unsigned d = 0; d < loop.getNumLoops(); ++d) {
      auto lb = getConstantIntValue(loop.getLowerBound()[d]);
      auto ub = getConstantIntValue(loop.getUpperBound()[d]);
      auto step = getConstantIntValue(loop.getStep()[d]);
      if (lb && ub && step && *step > 0 && (*ub - *lb + *step - 1) / *step > 1)
        return d;
    }
    return 0;
  }

  void outline(scf::ParallelOp loop, unsigned id) {
    MLIRContext *ctx = &getContext();
    unsigned dim = pickDim(loop);
    auto func = loop->getParentOfType<func::FuncOp>();
    Location loc = loop.getLoc();
    SetVector<Value> captureSet;
    getUsedValuesDefinedAbove(loop->getRegions(), captureSet);
    for (Value v : loop->getOperands()) captureSet.insert(v);
    // Constants and globals are re-created in the task rather than passed:
    // as arguments they would hide loop bounds and strides from LLVM.
    SmallVector<Value> captures, sunk;
    for (Value v : captureSet) {
      Operation *def = v.getDefiningOp();
      bool sink = def && def->getNumOperands() == 0 &&
                  def->getNumRegions() == 0 &&
                  (isMemoryEffectFree(def) || isa<memref::GetGlobalOp>(def));
      (sink ? sunk : captures).push_back(v);
    }

    // The task: for k in [begin, end): the loop with `dim` fixed at
    // lb + k * step.
    IndexType index = IndexType::get(ctx);
    SmallVector<Type> argTypes{index, index};
    for (Value v : captures) argTypes.push_back(v.getType());
    OpBuilder moduleBuilder(func);
    std::string taskName = (func.getName() + "_task_" + Twine(id)).str();
    // The ONNX node in the name, so that profiles speak of model nodes (the
    // first node of a fused location).
    NameLoc named;
    loc->walk([&](Location inner) {
      named = dyn_cast<NameLoc>(inner);
      return named ? WalkResult::interrupt() : WalkResult::advance();
    });
    if (named) {
      taskName += "_";
      for (char c : named.getName().strref())
        taskName += isalnum(static_cast<unsigned char>(c)) ? c : '_';
    }
    auto task = func::FuncOp::create(moduleBuilder, loc, taskName,
                                     FunctionType::get(ctx, argTypes, {}));
    task.setPrivate();
    task->setAttr(kTaskAttr, UnitAttr::get(ctx));
    Block *entry = task.addEntryBlock();
    OpBuilder b = OpBuilder::atBlockBegin(entry);
    IRMapping mapping;
    for (auto [value, arg] :
         llvm::zip(captures, entry->getArguments().drop_front(2)))
      mapping.map(value, arg);
    for (Value value : sunk) b.clone(*value.getDefiningOp(), mapping);
    Value one = arith::ConstantIndexOp::create(b, loc, 1);
    auto outer = scf::ForOp::create(b, loc, entry->getArgument(0),
                                    entry->getArgument(1), one);
    b.setInsertionPointToStart(outer.getBody());
    Value lb0 = mapping.lookup(loop.getLowerBound()[dim]);
    Value step0 = mapping.lookup(loop.getStep()[dim]);
    Value i0 = arith::AddIOp::create(
        b, loc, lb0,
        arith::MulIOp::create(b, loc, outer.getInductionVar(), step0));
    Value next = arith::AddIOp::create(b, loc, i0, step0);
    auto clone = cast<scf::ParallelOp>(b.clone(*loop, mapping));
    clone.getLowerBoundMutable()[dim].assign(i0);
    clone.getUpperBoundMutable()[dim].assign(next);
    b.setInsertionPointToEnd(entry);
    func::ReturnOp::create(b, loc);

    // The loop becomes dispatch(0, ceil((ub - lb) / step), captures...).
    OpBuilder lb(loop);
    Value span = arith::SubIOp::create(lb, loc, loop.getUpperBound()[dim],
                                       loop.getLowerBound()[dim]);
    Value trips =
        arith::CeilDivSIOp::create(lb, loc, span, loop.getStep()[dim]);
    Value zero = arith::ConstantIndexOp::create(lb, loc, 0);
    std::string dispatchName = (kDispatchPrefix + Twine(id)).str();
    auto dispatch = func::FuncOp::create(moduleBuilder, loc, dispatchName,
                                         FunctionType::get(ctx, argTypes, {}));
    dispatch.setPrivate();
    dispatch->setAttr(kTaskAttr, StringAttr::get(ctx, taskName));
    SmallVector<Value> args{zero, trips};
    llvm::append_range(args, captures);
    func::CallOp::create(lb, loc, dispatch, args);
    loop.erase();
  }
};

struct LowerParallelDispatchPass
    : impl::LowerParallelDispatchPassBase<LowerParallelDispatchPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    auto ptr = LLVM::LLVMPointerType::get(ctx);
    auto i64 = IntegerType::get(ctx, 64);
    auto voidType = LLVM::LLVMVoidType::get(ctx);
    OpBuilder mb = OpBuilder::atBlockEnd(module.getBody());
    auto trampolineType = LLVM::LLVMFunctionType::get(voidType, {ptr, i64, i64});
    LLVM::LLVMFuncOp parallelFor =
        module.lookupSymbol<LLVM::LLVMFuncOp>("onnxc_rt_parallel_for");
    if (!parallelFor)
      parallelFor = LLVM::LLVMFuncOp::create(
          mb, module.getLoc(), "onnxc_rt_parallel_for",
          LLVM::LLVMFunctionType::get(voidType, {ptr, ptr, i64, i64}));

    SmallVector<LLVM::LLVMFuncOp> dispatches;
    for (auto fn : module.getOps<LLVM::LLVMFuncOp>())
      if (fn.getName().starts_with(kDispatchPrefix)) dispatches.push_back(fn);
    // The calls of each dispatch, found in one walk of the module.
    llvm::StringMap<SmallVector<LLVM::CallOp>> callsOf;
    module.walk([&](LLVM::CallOp call) {
      if (std::optional<StringRef> callee = call.getCallee();
          callee && callee->starts_with(kDispatchPrefix))
        callsOf[*callee].push_back(call);
    });
    for (LLVM::LLVMFuncOp dispatch : dispatches) {
      auto taskName = dispatch->getAttrOfType<StringAttr>(kTaskAttr);
      auto task = taskName ? module.lookupSymbol<LLVM::LLVMFuncOp>(taskName)
                           : LLVM::LLVMFuncOp();
      if (!task) {
        dispatch.emitError("no outlined task for this dispatch");
        return signalPassFailure();
      }
      ArrayRef<Type> params = dispatch.getFunctionType().getParams();
      auto fields = LLVM::LLVMStructType::getLiteral(ctx, params.drop_front(2));
      Location loc = dispatch.getLoc();

      // trampoline(ctx, begin, end): load the arguments, call the task.
      // Named after the task (and so the ONNX node), for profiles.
      std::string name = ("onnxc_trampoline_" + task.getName()).str();
      OpBuilder fb = OpBuilder::atBlockEnd(module.getBody());
      auto trampoline =
          LLVM::LLVMFuncOp::create(fb, loc, name, trampolineType);
      trampoline.setLinkage(LLVM::Linkage::Internal);
      Block *body = trampoline.addEntryBlock(fb);
      OpBuilder tb = OpBuilder::atBlockBegin(body);
      SmallVector<Value> callArgs{body->getArgument(1), body->getArgument(2)};
      for (auto [i, type] : llvm::enumerate(params.drop_front(2))) {
        Value slot = LLVM::GEPOp::create(
            tb, loc, ptr, fields, body->getArgument(0),
            ArrayRef<LLVM::GEPArg>{0, static_cast<int32_t>(i)});
        callArgs.push_back(LLVM::LoadOp::create(tb, loc, type, slot));
      }
      LLVM::CallOp::create(tb, loc, task, callArgs);
      LLVM::ReturnOp::create(tb, loc, ValueRange{});

      // Each call: fill a stack struct and hand it to the pool.
      for (LLVM::CallOp call : callsOf.lookup(dispatch.getName())) {
        OpBuilder b(call);
        Value one = LLVM::ConstantOp::create(b, loc, i64, 1);
        Value storage = LLVM::AllocaOp::create(b, loc, ptr, fields, one);
        for (auto [i, arg] : llvm::enumerate(call.getArgOperands().drop_front(2))) {
          Value slot = LLVM::GEPOp::create(
              b, loc, ptr, fields, storage,
              ArrayRef<LLVM::GEPArg>{0, static_cast<int32_t>(i)});
          LLVM::StoreOp::create(b, loc, arg, slot);
        }
        Value fn = LLVM::AddressOfOp::create(b, loc, ptr, trampoline.getName());
        LLVM::CallOp::create(
            b, loc, parallelFor,
            ValueRange{fn, storage, call.getArgOperands()[0],
                       call.getArgOperands()[1]});
        call.erase();
      }
      dispatch.erase();
    }
  }
};
} // namespace

} // namespace onnxc
