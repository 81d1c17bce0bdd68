//===- PlanStaticMemory.cpp - One arena for static intermediates ----------===//

#include "onnxc/lowering/CPU/Passes.h"

#include "mlir/Dialect/Vector/IR/VectorOps.h"
#include "mlir/Interfaces/DataLayoutInterfaces.h"
#include "mlir/Interfaces/ViewLikeInterface.h"

using namespace mlir;

namespace onnxc {
#define GEN_PASS_DEF_PLANSTATICMEMORYPASS
#define GEN_PASS_DEF_LOWERARENAPASS
#include "onnxc/lowering/CPU/Passes.h.inc"

static constexpr StringLiteral kArenaAttr = "onnxc.arena";
static constexpr StringLiteral kArenaBytesAttr = "onnxc.arena_bytes";
static constexpr int64_t kAlignment = 64;

/// Ops whose results are data read from the buffer (or its shape), never
/// its address.
static bool readsData(Operation *op) {
  return isa<memref::LoadOp, memref::DimOp, vector::TransferReadOp,
             vector::LoadOp, vector::MaskedLoadOp, affine::AffineLoadOp>(op);
}

namespace {
/// A buffer of the arena: its bytes, live range (positions of ops of the
/// function body, inclusive) and, once placed, its offset.
struct PlannedBuffer {
  memref::AllocOp alloc;
  int64_t bytes = 0;
  unsigned begin = 0, end = 0;
  SmallVector<memref::DeallocOp> deallocs;
  int64_t offset = -1;
};

struct PlanStaticMemoryPass
    : impl::PlanStaticMemoryPassBase<PlanStaticMemoryPass> {
  void runOnOperation() override {
    func::FuncOp func = getOperation();
    if (func.isExternal()) return;
    Block &body = func.getBody().front();
    if (!func.getBody().hasOneBlock()) return;
    DenseMap<Operation *, unsigned> position;
    for (auto [i, op] : llvm::enumerate(body)) position[&op] = i;
    DataLayout layout = DataLayout::closest(func);

    SmallVector<PlannedBuffer> buffers;
    for (auto alloc : body.getOps<memref::AllocOp>()) {
      PlannedBuffer buffer;
      buffer.alloc = alloc;
      if (analyze(buffer, body, position, layout)) buffers.push_back(buffer);
    }
    if (buffers.empty()) return;
    int64_t total = place(buffers);

    OpBuilder b = OpBuilder::atBlockBegin(&body);
    Location loc = func.getLoc();
    auto arenaType = MemRefType::get({total}, b.getI8Type());
    auto arena = memref::AllocOp::create(b, loc, arenaType);
    arena.setAlignment(kAlignment);
    arena->setAttr(kArenaAttr, b.getUnitAttr());
    func->setAttr(kArenaBytesAttr, b.getI64IntegerAttr(total));
    for (PlannedBuffer &buffer : buffers) {
      b.setInsertionPoint(buffer.alloc);
      Value offset =
          arith::ConstantIndexOp::create(b, buffer.alloc.getLoc(),
                                         buffer.offset);
      Value view = memref::ViewOp::create(b, buffer.alloc.getLoc(),
                                          buffer.alloc.getType(), arena,
                                          offset, ValueRange{});
      buffer.alloc.replaceAllUsesWith(view);
      for (memref::DeallocOp dealloc : buffer.deallocs) dealloc.erase();
      buffer.alloc.erase();
    }
  }

  /// Fills in the size, live range and deallocations of a candidate; false
  /// when it cannot live in the arena.
  static bool analyze(PlannedBuffer &buffer, Block &body,
                      const DenseMap<Operation *, unsigned> &position,
                      const DataLayout &layout) {
    MemRefType type = buffer.alloc.getType();
    if (!type.hasStaticShape() || !type.getLayout().isIdentity() ||
        type.getMemorySpace() || !type.getElementType().isIntOrIndexOrFloat())
      return false;
    buffer.bytes = type.getNumElements() *
                   static_cast<int64_t>(
                       layout.getTypeSize(type.getElementType()).getFixedValue());
    buffer.begin = buffer.end = position.lookup(buffer.alloc);

    // The buffer and its views: every use must stay inside the function.
    SmallVector<Value> aliases{buffer.alloc.getResult()};
    while (!aliases.empty()) {
      Value value = aliases.pop_back_val();
      for (OpOperand &use : value.getUses()) {
        Operation *user = use.getOwner();
        if (auto dealloc = dyn_cast<memref::DeallocOp>(user)) {
          if (user->getBlock() != &body || value != buffer.alloc.getResult())
            return false;
          buffer.deallocs.push_back(dealloc);
          continue;
        }
        if (auto view = dyn_cast<ViewLikeOpInterface>(user);
            view && view.getViewSource() == value) {
          llvm::append_range(aliases, user->getResults());
        } else if (user->hasTrait<OpTrait::IsTerminator>() ||
                   isa<CallOpInterface>(user) ||
                   (user->getNumResults() != 0 && !readsData(user))) {
          // Returned, yielded, passed to a call, or used by an op whose
          // results might carry the address (a cast, a pointer as index).
          return false;
        }
        Operation *top = body.findAncestorOpInBlock(*user);
        if (!top) return false;
        buffer.end = std::max(buffer.end, position.lookup(top));
      }
    }
    // Without a deallocation in the body the buffer may be owned elsewhere.
    return !buffer.deallocs.empty();
  }

  /// Assigns offsets, largest buffer first, each at the lowest aligned
  /// offset that overlaps no placed buffer live at the same time. Returns
  /// the arena's size.
  static int64_t place(SmallVector<PlannedBuffer> &buffers) {
    SmallVector<PlannedBuffer *> order;
    for (PlannedBuffer &buffer : buffers) order.push_back(&buffer);
    llvm::stable_sort(order, [](PlannedBuffer *a, PlannedBuffer *b) {
      return a->bytes > b->bytes;
    });
    int64_t total = 0;
    SmallVector<PlannedBuffer *> placed;
    for (PlannedBuffer *buffer : order) {
      SmallVector<PlannedBuffer *> live;
      for (PlannedBuffer *other : placed)
        if (other->begin <= buffer->end && buffer->begin <= other->end)
          live.push_back(other);
      llvm::sort(live, [](PlannedBuffer *a, PlannedBuffer *b) {
        return a->offset < b->offset;
      });
      int64_t offset = 0;
      for (PlannedBuffer *other : live) {
        if (offset + buffer->bytes <= other->offset) break;
        offset = std::max<int64_t>(offset, llvm::alignTo(other->offset + other->bytes,
                                                kAlignment));
      }
      buffer->offset = offset;
      total = std::max<int64_t>(total, offset + buffer->bytes);
      placed.push_back(buffer);
    }
    return static_cast<int64_t>(
        llvm::alignTo(std::max<int64_t>(total, 1), kAlignment));
  }
};

struct LowerArenaPass : impl::LowerArenaPassBase<LowerArenaPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    SmallVector<memref::AllocOp> arenas;
    module.walk([&](memref::AllocOp alloc) {
      if (alloc->hasAttr(kArenaAttr)) arenas.push_back(alloc);
    });
    if (arenas.empty()) return;
    MLIRContext *ctx = &getContext();
    auto ptr = LLVM::LLVMPointerType::get(ctx);
    auto i64 = IntegerType::get(ctx, 64);
    OpBuilder mb = OpBuilder::atBlockEnd(module.getBody());
    auto getArena = module.lookupSymbol<LLVM::LLVMFuncOp>("onnxc_rt_arena");
    if (!getArena)
      getArena = LLVM::LLVMFuncOp::create(
          mb, module.getLoc(), "onnxc_rt_arena",
          LLVM::LLVMFunctionType::get(ptr, {i64}));

    for (memref::AllocOp alloc : arenas) {
      OpBuilder b(alloc);
      Location loc = alloc.getLoc();
      MemRefType type = alloc.getType();
      if (type.getRank() != 1 || !type.hasStaticShape()) {
        alloc.emitError("an arena must be a static 1-D buffer");
        return signalPassFailure();
      }
      Value bytes =
          LLVM::ConstantOp::create(b, loc, i64, type.getDimSize(0));
      Value base =
          LLVM::CallOp::create(b, loc, getArena, ValueRange{bytes}).getResult();
      // The descriptor {allocated, aligned, offset, [size], [stride]}.
      auto array = LLVM::LLVMArrayType::get(i64, 1);
      auto descriptorType =
          LLVM::LLVMStructType::getLiteral(ctx, {ptr, ptr, i64, array, array});
      Value descriptor = LLVM::PoisonOp::create(b, loc, descriptorType);
      Value zero = LLVM::ConstantOp::create(b, loc, i64, 0);
      Value one = LLVM::ConstantOp::create(b, loc, i64, 1);
      descriptor = LLVM::InsertValueOp::create(b, loc, descriptor, base,
                                               ArrayRef<int64_t>{0});
      descriptor = LLVM::InsertValueOp::create(b, loc, descriptor, base,
                                               ArrayRef<int64_t>{1});
      descriptor = LLVM::InsertValueOp::create(b, loc, descriptor, zero,
                                               ArrayRef<int64_t>{2});
      descriptor = LLVM::InsertValueOp::create(
          b, loc, descriptor, bytes, ArrayRef<int64_t>{3, 0});
      descriptor = LLVM::InsertValueOp::create(
          b, loc, descriptor, one, ArrayRef<int64_t>{4, 0});
      Value memref =
          UnrealizedConversionCastOp::create(b, loc, type, descriptor)
              .getResult(0);
      alloc.replaceAllUsesWith(memref);
      alloc.erase();
    }
  }
};
} // namespace

} // namespace onnxc
