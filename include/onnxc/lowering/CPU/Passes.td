//===- Passes.td - Passes of the CPU lowering -----------------------------===//

#ifndef ONNXC_CPU_PASSES
#define ONNXC_CPU_PASSES

include "mlir/Pass/PassBase.td"

def LowerDynamicExpandShapePass
    : Pass<"onnxc-lower-dynamic-expand-shape", "::mlir::func::FuncOp"> {
  let summary = "Rewrite expand_shape with several dynamic dims in one group";
  let description = [{
    A memref.expand_shape whose reassociation group holds more than one
    dynamic dim (e.g. `?x768` into `?x?x768` for a symbolic batch and
    sequence) becomes a memref.reinterpret_cast of its identity-layout
    source, with strides computed from the output shape. MLIR 22's
    --expand-strided-metadata aborts on such expand_shape ops; other
    expand_shape ops are left alone.
  }];
  let dependentDialects = ["::mlir::affine::AffineDialect",
                           "::mlir::memref::MemRefDialect"];
}

def OutlineParallelLoopsPass
    : Pass<"onnxc-outline-parallel-loops", "::mlir::ModuleOp"> {
  let summary = "Outline the outermost parallel loops for the thread pool";
  let description = [{
    Every scf.parallel directly in a public function's body (the outer loop
    nest of a linalg op) is split on its first dimension with a static trip
    count above 1 (else its first dimension): the body moves into
    a private function `NAME_task_N(begin, end, captures...)` that runs
    iterations [begin, end), and the loop becomes a call to the declaration
    `onnxc_dispatch_N(0, trip_count, captures...)`. After the lowering to
    LLVM, --onnxc-lower-parallel-dispatch turns that call into a call to the
    runtime's thread pool. Nested parallel loops stay sequential.

    A loop nest whose estimated work is below `min-work` operations (the
    operations of its bodies times the static trip counts of the loops
    around them; a dynamic trip count counts as 1024) is not worth waking
    the pool for and stays a sequential loop in its function.
  }];
  let options = [
    Option<"minWork", "min-work", "int64_t", /*default=*/"16384",
           "Estimated operations below which a loop nest runs on the "
           "calling thread">,
  ];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::scf::SCFDialect",
                           "::mlir::func::FuncDialect"];
}

def LowerParallelDispatchPass
    : Pass<"onnxc-lower-parallel-dispatch", "::mlir::ModuleOp"> {
  let summary = "Call the runtime's parallel_for for each outlined loop";
  let description = [{
    On the LLVM dialect: each call to `onnxc_dispatch_N(begin, end, args...)`
    stores `args` in a stack struct and calls
    `onnxc_rt_parallel_for(onnxc_trampoline_N, &struct, begin, end)`, where
    the generated trampoline loads the arguments and calls the outlined task.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def PlanStaticMemoryPass
    : Pass<"onnxc-plan-static-memory", "::mlir::func::FuncOp"> {
  let summary = "Place the static intermediates of a function in one arena";
  let description = [{
    Runs on buffers after deallocation has been placed. Every `memref.alloc`
    of the function's body with a static shape, at least one `memref.dealloc`
    in the body, and no alias that leaves the function (views are followed;
    any other user with results must be a load or `memref.dim`, whose
    results cannot carry the address) becomes a `memref.view` into one
    arena, a `memref.alloc` marked `onnxc.arena` at
    the start of the function; its deallocations go. A buffer is live from
    its allocation to its last use (through views, and anywhere inside the
    ops of the body); buffers whose live ranges do not overlap share bytes.
    Offsets are chosen largest buffer first, at the lowest 64-byte-aligned
    offset free for the whole live range. The arena's size is the peak,
    recorded as `onnxc.arena_bytes` on the function. Buffers with dynamic
    shapes keep their allocations.
  }];
  let dependentDialects = ["::mlir::memref::MemRefDialect",
                           "::mlir::arith::ArithDialect"];
}

def LowerArenaPass : Pass<"onnxc-lower-arena", "::mlir::ModuleOp"> {
  let summary = "Take each function's arena from the session";
  let description = [{
    Replaces each `memref.alloc` marked `onnxc.arena` by a call to the
    runtime's `onnxc_rt_arena(bytes)`, which returns the running session's
    arena (allocated on the session's first run, then reused), wrapped in a
    memref descriptor. Runs before the conversion of memrefs to LLVM.
  }];
  let dependentDialects = ["::mlir::LLVM::LLVMDialect"];
}

def MemRefCopyToLinalgPass
    : Pass<"onnxc-memref-copy-to-linalg", "::mlir::func::FuncOp"> {
  let summary = "Turn memref.copy into linalg.copy, for parallel loops";
  let description = [{
    `memref.copy` between buffers that are not both contiguous lowers to a
    call of a generic element-by-element copy routine, on one thread. As
    `linalg.copy` it becomes a parallel loop nest like any other op (its
    innermost loop contiguous and vectorisable), which runs on the thread
    pool. Copies of 0-D buffers are left alone.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def ApproximateMathPass
    : Pass<"onnxc-approximate-math", "::mlir::func::FuncOp"> {
  let summary = "Polynomial approximations of f32 exp, erf and tanh";
  let description = [{
    Replaces `math.exp`, `math.erf` and `math.tanh` on f32 (scalars and
    vectors) by MLIR's polynomial approximations, made of plain arithmetic:
    they vectorise with the loops around them, where a libm call is made
    one element at a time. Their error is a few ulp (within the 1e-4
    relative tolerance that the tests apply against ONNX's reference data).
  }];
  let dependentDialects = ["::mlir::arith::ArithDialect",
                           "::mlir::vector::VectorDialect",
                           "::mlir::math::MathDialect"];
}

#endif // ONNXC_CPU_PASSES
