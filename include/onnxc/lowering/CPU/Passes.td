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

#endif // ONNXC_CPU_PASSES
