//===- MemRefCopyToLinalg.cpp - Copies as parallel loop nests -------------===//

#include "onnxc/lowering/CPU/Passes.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"

using namespace mlir;

namespace onnxc {
#define GEN_PASS_DEF_MEMREFCOPYTOLINALGPASS
#include "onnxc/lowering/CPU/Passes.h.inc"

namespace {
struct MemRefCopyToLinalgPass
    : impl::MemRefCopyToLinalgPassBase<MemRefCopyToLinalgPass> {
  void runOnOperation() override {
    SmallVector<memref::CopyOp> copies;
    getOperation().walk([&](memref::CopyOp copy) {
      auto source = dyn_cast<MemRefType>(copy.getSource().getType());
      auto target = dyn_cast<MemRefType>(copy.getTarget().getType());
      if (source && target && source.getRank() > 0 &&
          source.getRank() == target.getRank())
        copies.push_back(copy);
    });
    for (memref::CopyOp copy : copies) {
      OpBuilder b(copy);
      linalg::CopyOp::create(b, copy.getLoc(), copy.getSource(),
                             copy.getTarget());
      copy.erase();
    }
  }
};
} // namespace

} // namespace onnxc
