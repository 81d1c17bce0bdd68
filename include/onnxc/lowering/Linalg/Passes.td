//===- Passes.td - Transformations on linalg ------------------------------===//

#ifndef ONNXC_LINALG_PASSES
#define ONNXC_LINALG_PASSES

include "mlir/Pass/PassBase.td"

def InterchangeReductionsOutwardPass
    : Pass<"onnxc-interchange-reductions-outward", "::mlir::func::FuncOp"> {
  let summary = "Order the loops of reductions so the innermost is contiguous";
  let description = [{
    Generalises every linalg op that has reduction iterators and permutes its
    loops to: the parallel dims, the reduction dims, then the parallel dim
    that indexes the output's innermost dim. A matmul runs as (m, k, n) and a
    convolution with its output width innermost, so the loops that the
    lowering to LLVM produces walk memory contiguously and vectorise. Each
    output element still sums its terms in the same order, so results do not
    change.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect"];
}

def ConvsToContractionsPass
    : Pass<"onnxc-convs-to-contractions", "::mlir::func::FuncOp"> {
  let summary = "Rewrite 2-D convolutions as matrix products";
  let description = [{
    Turns every `linalg.conv_2d_nchw_fchw` into a contraction that
    `onnxc-tile-contractions` turns into register-blocked kernels. A 1x1
    convolution with unit strides is already one: the input [N, C, H, W] is
    viewed as [N, C, H*W] and the filter as [F, C], with no copy. Any other
    is rewritten through im2col: the input patches are gathered into
    [N, C*KH*KW, OH*OW] and multiplied by the filter viewed as
    [F, C*KH*KW]. Each output element sums the same terms as before.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::tensor::TensorDialect"];
}

def TileContractionsPass
    : Pass<"onnxc-tile-contractions", "::mlir::func::FuncOp"> {
  let summary = "Tile matrix products and depthwise convolutions into "
                "register blocks on a parallel loop";
  let description = [{
    Tiles every f32 contraction with one reduction dim (a matmul, batched or
    not, or a convolution after `onnxc-convs-to-contractions`) into
    `tile-rows` x `tile-cols` blocks of its output, where the columns are the
    output's contiguous dim. The tiles form one `scf.forall` (column blocks
    outside row blocks, so a panel of the right operand stays in cache while
    the rows go by); a `linalg.fill` of the output is fused into each tile.
    The tiled op is marked `onnxc.register_tile` for
    `onnxc-vectorize-contraction-tiles`. Where the row count is static the
    row block is shrunk to the largest size from tile-rows/2 to tile-rows
    that divides it, so no partial row block is left. Where the column count
    is static and half of tile-cols (at least 8) leaves fewer columns unused
    in the last block, the block is that narrow, with twice the rows.

    f32 depthwise convolutions (`linalg.depthwise_conv_2d_nchw_chw`, unit
    dilations, column stride 1 or 2) are tiled the same way over their
    output rows and columns, one channel per tile, the window whole; an
    image narrower than tile-cols gets blocks of its width rounded up to 8.

    When the product's only user is an elementwise op that reads it and
    writes its outputs through identity maps (bias, activation, residual
    add), that op is its epilogue: it is tiled instead, the product is fused
    into its tiles, and it is marked `onnxc.epilogue`. An epilogue that sees
    a convolution through `tensor.expand_shape` is first collapsed to the
    product's [N, F, OH*OW] space.
  }];
  let options = [
    Option<"tileRows", "tile-rows", "unsigned", /*default=*/"8",
           "Output rows per register block (the left operand's dim)">,
    Option<"tileCols", "tile-cols", "unsigned", /*default=*/"32",
           "Output columns per register block (two vector registers; a "
           "power of two)">,
  ];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::scf::SCFDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::affine::AffineDialect"];
}

def VectorizeContractionTilesPass
    : Pass<"onnxc-vectorize-contraction-tiles", "::mlir::func::FuncOp"> {
  let summary = "Replace register tiles of matrix products and depthwise "
                "convolutions by vector kernels";
  let description = [{
    Rewrites each op marked `onnxc.register_tile = [R, C]` (an f32
    contraction whose output tile has at most R rows and C columns) into a
    loop over the reduction dim that keeps the R x C accumulators in vector
    registers: each step loads one row of the right operand as a vector,
    broadcasts one element of the left operand per row, and does R fused
    multiply-adds. Columns past the end of a partial tile are masked. A
    tile whose row count is only known at run time runs the kernel when it
    is full and one row at a time otherwise. A fill of the output becomes
    the accumulators' initial value. When A is a slice of whole rows of a
    constant matrix (a convolution's weights), the constant is stored once
    more as panels of the block's rows, k-major, so that the elements a step
    broadcasts are adjacent in memory (rows K floats apart would fight over
    the same cache sets when K is a multiple of 1024); a constant B (a
    layer's weights) is stored as panels of the block's columns, each step
    one contiguous, unmasked row. A depthwise convolution's tile unrolls
    its window instead: each tap broadcasts one filter element and does one
    FMA per row with a row of the input (read twice as wide and
    deinterleaved for a column stride of 2). The marked epilogue of a tile, if any,
    is computed on the accumulators before they are stored (its other
    operands read as rows of the tile or as scalars broadcast over a row),
    and only its results are written.
  }];
  let dependentDialects = ["::mlir::vector::VectorDialect",
                           "::mlir::scf::SCFDialect",
                           "::mlir::tensor::TensorDialect",
                           "::mlir::arith::ArithDialect"];
}

def TransposeConstantOperandsPass
    : Pass<"onnxc-transpose-constant-operands", "::mlir::func::FuncOp"> {
  let summary = "Store constant right operands of matrix products as [K, N]";
  let description = [{
    A matrix product whose right operand is a 2-D constant read as [N, K]
    (ONNX Gemm with transB = 1, as exported for fully connected layers) gets
    the constant transposed at compile time and its indexing map swapped,
    so that the operand's innermost dim is the output's columns and
    `onnxc-tile-contractions` can give it a vector kernel. Works on dense
    and `dense_resource` constants; the product is generalised.
  }];
  let dependentDialects = ["::mlir::linalg::LinalgDialect",
                           "::mlir::arith::ArithDialect"];
}

#endif // ONNXC_LINALG_PASSES
