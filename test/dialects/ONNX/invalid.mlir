// RUN: onnxc-opt %s -split-input-file -verify-diagnostics

// The verifier of every op recomputes its result types from the operands and
// attributes (the same shape functions as --onnx-shape-inference) and reports
// inconsistencies at the op.

func.func @broadcast_mismatch(%a: tensor<2x3xf32>, %b: tensor<4xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{shapes [2,3] and [4] do not broadcast (dim 1: 3 vs 4)}}
  %0 = onnx.Add %a, %b : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @broadcast_mismatch_variadic(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %c: tensor<2x1x2xf32>) -> tensor<2x2x3xf32> {
  // expected-error @+1 {{shapes [2,3] and [2,1,2] do not broadcast (dim 2: 3 vs 2)}}
  %0 = onnx.Sum %a, %b, %c : (tensor<2x3xf32>, tensor<3xf32>, tensor<2x1x2xf32>) -> tensor<2x2x3xf32>
  return %0 : tensor<2x2x3xf32>
}

// -----

func.func @mixed_element_types(%a: tensor<3xf32>, %b: tensor<3xi32>) -> tensor<3xf32> {
  // expected-error @+1 {{operands have different element types (f32 and i32)}}
  %0 = onnx.Mul %a, %b : (tensor<3xf32>, tensor<3xi32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @bad_result_shape(%a: tensor<2x3xf32>) -> tensor<3x2xf32> {
  // expected-error @+1 {{'onnx.Add' op result #0 has type 'tensor<3x2xf32>' but its operands and attributes give 'tensor<2x3xf32>'}}
  %0 = onnx.Add %a, %a : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

func.func @bad_result_rank(%a: tensor<2x?xf32>) -> tensor<?xf32> {
  // expected-error @+1 {{result #0 has type 'tensor<?xf32>' but its operands and attributes give 'tensor<2x?xf32>'}}
  %0 = onnx.Exp %a : (tensor<2x?xf32>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

func.func @bad_compare_result_type(%a: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{result #0 has type 'tensor<3xf32>' but its operands and attributes give 'tensor<3xi1>'}}
  %0 = onnx.Less %a, %a : (tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @novalue_for_required_input(%a: tensor<3xf32>) -> tensor<3xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{'onnx.Add' op operand #1 must be}}
  %0 = onnx.Add %a, %none : (tensor<3xf32>, none) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @where_condition_not_bool(%c: tensor<3xf32>, %a: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{condition must be a bool tensor, got f32}}
  %0 = onnx.Where %c, %a, %a : (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @cast_to_string(%a: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{cannot cast to ONNX data type 8 (STRING)}}
  %0 = onnx.Cast %a {to = 8 : i64} : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @cast_to_unknown(%a: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{cannot cast to ONNX data type 42 (unknown data type)}}
  %0 = onnx.Cast %a {to = 42 : i64} : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @matmul_contraction(%a: tensor<2x3xf32>, %b: tensor<4x5xf32>) -> tensor<2x5xf32> {
  // expected-error @+1 {{contraction dimension mismatch: 3 vs 4}}
  %0 = onnx.MatMul %a, %b : (tensor<2x3xf32>, tensor<4x5xf32>) -> tensor<2x5xf32>
  return %0 : tensor<2x5xf32>
}

// -----

func.func @matmul_batch(%a: tensor<2x3x4xf32>, %b: tensor<3x4x5xf32>) -> tensor<2x3x5xf32> {
  // expected-error @+1 {{shapes [2] and [3] do not broadcast (dim 0: 2 vs 3)}}
  %0 = onnx.MatMul %a, %b : (tensor<2x3x4xf32>, tensor<3x4x5xf32>) -> tensor<2x3x5xf32>
  return %0 : tensor<2x3x5xf32>
}

// -----

func.func @gemm_not_2d(%a: tensor<2x3x4xf32>, %b: tensor<4x5xf32>) -> tensor<3x5xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{Gemm operands A and B must be 2-D}}
  %0 = onnx.Gemm %a, %b, %none : (tensor<2x3x4xf32>, tensor<4x5xf32>, none) -> tensor<3x5xf32>
  return %0 : tensor<3x5xf32>
}

// -----

func.func @gemm_trans_contraction(%a: tensor<3x4xf32>, %b: tensor<4x5xf32>) -> tensor<4x5xf32> {
  %none = onnx.NoValue
  // transA makes A 4x3, whose 3 columns do not meet B's 4 rows.
  // expected-error @+1 {{contraction dimension mismatch: 3 vs 4}}
  %0 = onnx.Gemm %a, %b, %none {transA = 1 : i64} : (tensor<3x4xf32>, tensor<4x5xf32>, none) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}

// -----

func.func @conv_channels(%x: tensor<1x4x8x8xf32>, %w: tensor<8x3x3x3xf32>) -> tensor<1x8x6x6xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{input channels (4) must equal W's dim 1 (3) times group (1)}}
  %0 = onnx.Conv %x, %w, %none : (tensor<1x4x8x8xf32>, tensor<8x3x3x3xf32>, none) -> tensor<1x8x6x6xf32>
  return %0 : tensor<1x8x6x6xf32>
}

// -----

func.func @conv_bias(%x: tensor<1x3x8x8xf32>, %w: tensor<8x3x3x3xf32>, %b: tensor<4xf32>) -> tensor<1x8x6x6xf32> {
  // expected-error @+1 {{B must be 1-D with one entry per output channel}}
  %0 = onnx.Conv %x, %w, %b : (tensor<1x3x8x8xf32>, tensor<8x3x3x3xf32>, tensor<4xf32>) -> tensor<1x8x6x6xf32>
  return %0 : tensor<1x8x6x6xf32>
}

// -----

func.func @conv_kernel_too_large(%x: tensor<1x3x2x2xf32>, %w: tensor<8x3x3x3xf32>) -> tensor<1x8x1x1xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{kernel extent 3 is larger than the padded input (2) in spatial dim 0}}
  %0 = onnx.Conv %x, %w, %none : (tensor<1x3x2x2xf32>, tensor<8x3x3x3xf32>, none) -> tensor<1x8x1x1xf32>
  return %0 : tensor<1x8x1x1xf32>
}

// -----

func.func @maxpool_bad_auto_pad(%x: tensor<1x3x8x8xf32>) -> tensor<1x3x4x4xf32> {
  // expected-error @+1 {{unknown auto_pad 'SAME'}}
  %0:2 = onnx.MaxPool %x {auto_pad = "SAME", kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x3x8x8xf32>) -> (tensor<1x3x4x4xf32>, tensor<1x3x4x4xi64>)
  return %0#0 : tensor<1x3x4x4xf32>
}

// -----

func.func @concat_axis_out_of_range(%a: tensor<2x3xf32>) -> tensor<2x6xf32> {
  // expected-error @+1 {{axis 2 is out of range for rank 2 (expected [-2, 2))}}
  %0 = onnx.Concat %a, %a {axis = 2 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

func.func @softmax_axis_out_of_range(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  // expected-error @+1 {{axis -3 is out of range for rank 2 (expected [-2, 2))}}
  %0 = onnx.Softmax %a {axis = -3 : i64} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @reduce_axis_out_of_range(%a: tensor<2x3xf32>) -> tensor<2x1xf32> {
  %axes = onnx.Constant dense<[2]> : tensor<1xi64>
  // expected-error @+1 {{reduction axis 2 is out of range for rank 2 (expected [-2, 2))}}
  %0 = onnx.ReduceSum %a, %axes : (tensor<2x3xf32>, tensor<1xi64>) -> tensor<2x1xf32>
  return %0 : tensor<2x1xf32>
}

// -----

func.func @concat_rank_mismatch(%a: tensor<2x3xf32>, %b: tensor<2x3x1xf32>) -> tensor<2x6xf32> {
  // expected-error @+1 {{inputs have different ranks (2 and 3)}}
  %0 = onnx.Concat %a, %b {axis = 1 : i64} : (tensor<2x3xf32>, tensor<2x3x1xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

func.func @concat_dim_mismatch(%a: tensor<2x3xf32>, %b: tensor<4x3xf32>) -> tensor<2x6xf32> {
  // expected-error @+1 {{inputs differ in dim 0 (2 vs 4) outside the concat axis}}
  %0 = onnx.Concat %a, %b {axis = 1 : i64} : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

func.func @reshape_element_count(%a: tensor<2x3x4xf32>) -> tensor<4x5xf32> {
  %shape = onnx.Constant dense<[4, 5]> : tensor<2xi64>
  // expected-error @+1 {{cannot reshape 24 elements into 20}}
  %0 = onnx.Reshape %a, %shape : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<4x5xf32>
  return %0 : tensor<4x5xf32>
}

// -----

func.func @reshape_infer_indivisible(%a: tensor<2x3x4xf32>) -> tensor<5x?xf32> {
  %shape = onnx.Constant dense<[5, -1]> : tensor<2xi64>
  // expected-error @+1 {{cannot reshape 24 elements with -1 into a shape holding 5 elements per entry}}
  %0 = onnx.Reshape %a, %shape : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<5x?xf32>
  return %0 : tensor<5x?xf32>
}

// -----

func.func @reshape_two_minus_one(%a: tensor<2x3x4xf32>) -> tensor<?x?xf32> {
  %shape = onnx.Constant dense<[-1, -1]> : tensor<2xi64>
  // expected-error @+1 {{shape has more than one -1 entry}}
  %0 = onnx.Reshape %a, %shape : (tensor<2x3x4xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

func.func @reshape_float_shape(%a: tensor<2x3xf32>, %s: tensor<2xf32>) -> tensor<?x?xf32> {
  // expected-error @+1 {{'shape' must be an integer tensor}}
  %0 = onnx.Reshape %a, %s : (tensor<2x3xf32>, tensor<2xf32>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

func.func @transpose_bad_perm(%a: tensor<2x3x4xf32>) -> tensor<2x3x4xf32> {
  // expected-error @+1 {{perm is not a permutation of [0, 3)}}
  %0 = onnx.Transpose %a {perm = [0, 1, 1]} : (tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %0 : tensor<2x3x4xf32>
}

// -----

func.func @transpose_perm_length(%a: tensor<2x3x4xf32>) -> tensor<3x2xf32> {
  // expected-error @+1 {{perm has 2 entries for an input of rank 3}}
  %0 = onnx.Transpose %a {perm = [1, 0]} : (tensor<2x3x4xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

func.func @gather_index_out_of_range(%a: tensor<3x4xf32>) -> tensor<2x4xf32> {
  %i = onnx.Constant dense<[0, 3]> : tensor<2xi64>
  // expected-error @+1 {{index 3 is out of range for a dim of size 3}}
  %0 = onnx.Gather %a, %i : (tensor<3x4xf32>, tensor<2xi64>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @gather_negative_index_out_of_range(%a: tensor<3x4xf32>) -> tensor<3xf32> {
  %i = onnx.Constant dense<-5> : tensor<i64>
  // expected-error @+1 {{index -5 is out of range for a dim of size 4}}
  %0 = onnx.Gather %a, %i {axis = 1 : i64} : (tensor<3x4xf32>, tensor<i64>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @gather_float_indices(%a: tensor<3x4xf32>, %i: tensor<2xf32>) -> tensor<2x4xf32> {
  // expected-error @+1 {{indices must be int32 or int64}}
  %0 = onnx.Gather %a, %i : (tensor<3x4xf32>, tensor<2xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// -----

func.func @squeeze_non_unit_dim(%a: tensor<1x3x1xf32>) -> tensor<1xf32> {
  %axes = onnx.Constant dense<[0, 1]> : tensor<2xi64>
  // expected-error @+1 {{cannot squeeze axis 1 of size 3}}
  %0 = onnx.Squeeze %a, %axes : (tensor<1x3x1xf32>, tensor<2xi64>) -> tensor<1xf32>
  return %0 : tensor<1xf32>
}

// -----

func.func @unsqueeze_duplicate_axis(%a: tensor<3xf32>) -> tensor<1x1x3xf32> {
  %axes = onnx.Constant dense<[0, -3]> : tensor<2xi64>
  // expected-error @+1 {{axis 0 appears twice}}
  %0 = onnx.Unsqueeze %a, %axes : (tensor<3xf32>, tensor<2xi64>) -> tensor<1x1x3xf32>
  return %0 : tensor<1x1x3xf32>
}

// -----

func.func @split_sizes_sum(%a: tensor<2x6xf32>) -> (tensor<2x2xf32>, tensor<2x3xf32>) {
  %split = onnx.Constant dense<[2, 3]> : tensor<2xi64>
  // expected-error @+1 {{split sizes sum to 5 but the axis has size 6}}
  %0:2 = onnx.Split %a, %split {axis = 1 : i64} : (tensor<2x6xf32>, tensor<2xi64>) -> (tensor<2x2xf32>, tensor<2x3xf32>)
  return %0#0, %0#1 : tensor<2x2xf32>, tensor<2x3xf32>
}

// -----

func.func @split_count(%a: tensor<2x6xf32>) -> (tensor<2x2xf32>, tensor<2x4xf32>) {
  %split = onnx.Constant dense<[2, 2, 2]> : tensor<3xi64>
  // expected-error @+1 {{split has 3 entries for 2 outputs}}
  %0:2 = onnx.Split %a, %split {axis = 1 : i64} : (tensor<2x6xf32>, tensor<3xi64>) -> (tensor<2x2xf32>, tensor<2x4xf32>)
  return %0#0, %0#1 : tensor<2x2xf32>, tensor<2x4xf32>
}

// -----

func.func @slice_zero_step(%a: tensor<6xf32>) -> tensor<?xf32> {
  %c0 = onnx.Constant dense<[0]> : tensor<1xi64>
  %c6 = onnx.Constant dense<[6]> : tensor<1xi64>
  %zero = onnx.Constant dense<[0]> : tensor<1xi64>
  // expected-error @+1 {{slice step must not be 0}}
  %0 = onnx.Slice %a, %c0, %c6, %c0, %zero : (tensor<6xf32>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>, tensor<1xi64>) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

func.func @pad_bad_mode(%a: tensor<2xf32>, %pads: tensor<2xi64>) -> tensor<?xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{unknown pad mode 'mirror'}}
  %0 = onnx.Pad %a, %pads, %none, %none {mode = "mirror"} : (tensor<2xf32>, tensor<2xi64>, none, none) -> tensor<?xf32>
  return %0 : tensor<?xf32>
}

// -----

func.func @pad_count(%a: tensor<2x3xf32>) -> tensor<?x?xf32> {
  %none = onnx.NoValue
  %pads = onnx.Constant dense<[1, 1]> : tensor<2xi64>
  // expected-error @+1 {{pads has 2 entries; expected 4}}
  %0 = onnx.Pad %a, %pads, %none, %none : (tensor<2x3xf32>, tensor<2xi64>, none, none) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

func.func @expand_not_broadcastable(%a: tensor<3x1xf32>) -> tensor<3x4xf32> {
  %shape = onnx.Constant dense<[2, 4]> : tensor<2xi64>
  // expected-error @+1 {{shapes [3,1] and [2,4] do not broadcast (dim 0: 3 vs 2)}}
  %0 = onnx.Expand %a, %shape : (tensor<3x1xf32>, tensor<2xi64>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

func.func @range_zero_delta() -> tensor<?xi64> {
  %s = onnx.Constant dense<0> : tensor<i64>
  %l = onnx.Constant dense<4> : tensor<i64>
  %d = onnx.Constant dense<0> : tensor<i64>
  // expected-error @+1 {{delta must not be zero}}
  %0 = onnx.Range %s, %l, %d : (tensor<i64>, tensor<i64>, tensor<i64>) -> tensor<?xi64>
  return %0 : tensor<?xi64>
}

// -----

func.func @constant_of_shape_negative() -> tensor<?x?xf32> {
  %shape = onnx.Constant dense<[2, -1]> : tensor<2xi64>
  // expected-error @+1 {{shape entries must be >= 0, got -1}}
  %0 = onnx.ConstantOfShape %shape : (tensor<2xi64>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

func.func @resize_scales_and_sizes(%x: tensor<1x3x8x8xf32>, %scales: tensor<4xf32>, %sizes: tensor<4xi64>) -> tensor<?x?x?x?xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{only one of scales and sizes may be given}}
  %0 = onnx.Resize %x, %none, %scales, %sizes : (tensor<1x3x8x8xf32>, none, tensor<4xf32>, tensor<4xi64>) -> tensor<?x?x?x?xf32>
  return %0 : tensor<?x?x?x?xf32>
}

// -----

func.func @if_non_bool_condition(%c: tensor<i64>, %a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{'cond' must have element type 'i1'}}
  %0 = onnx.If %c : tensor<i64> -> tensor<2xf32> {
    onnx.Yield %a : tensor<2xf32>
  } else {
    onnx.Yield %a : tensor<2xf32>
  }
  return %0 : tensor<2xf32>
}

// -----

func.func @if_branch_count(%c: tensor<i1>, %a: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{then_branch yields 2 values and else_branch 1 for 1 outputs}}
  %0 = onnx.If %c : tensor<i1> -> tensor<2xf32> {
    onnx.Yield %a, %a : tensor<2xf32>, tensor<2xf32>
  } else {
    onnx.Yield %a : tensor<2xf32>
  }
  return %0 : tensor<2xf32>
}

// -----

func.func @if_branch_element_types(%c: tensor<i1>, %a: tensor<2xf32>, %b: tensor<2xi64>) -> tensor<2xf32> {
  // expected-error @+1 {{branches yield different element types for output #0}}
  %0 = onnx.If %c : tensor<i1> -> tensor<2xf32> {
    onnx.Yield %a : tensor<2xf32>
  } else {
    onnx.Yield %b : tensor<2xi64>
  }
  return %0 : tensor<2xf32>
}

// -----

func.func @loop_body_arguments(%m: tensor<i64>, %c: tensor<i1>, %v: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{body takes 2 arguments; expected iteration count, condition and 1 loop-carried values}}
  %0 = onnx.Loop(%m, %c, %v) : (tensor<i64>, tensor<i1>, tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%i: tensor<i64>, %cond: tensor<i1>):
    onnx.Yield %cond, %v : tensor<i1>, tensor<2xf32>
  }
  return %0 : tensor<2xf32>
}

// -----

func.func @loop_trip_count_type(%m: tensor<i32>, %c: tensor<i1>, %v: tensor<2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{'M' must have element type 'i64'}}
  %0 = onnx.Loop(%m, %c, %v) : (tensor<i32>, tensor<i1>, tensor<2xf32>) -> tensor<2xf32> {
  ^bb0(%i: tensor<i64>, %cond: tensor<i1>, %x: tensor<2xf32>):
    onnx.Yield %cond, %x : tensor<i1>, tensor<2xf32>
  }
  return %0 : tensor<2xf32>
}

// -----

func.func @gather_elements_indices_larger_than_data(%a: tensor<3x4xf32>, %i: tensor<5x2xi64>) -> tensor<5x2xf32> {
  // expected-error @+1 {{dim 0 of indices is 5, larger than the data's 3}}
  %0 = onnx.GatherElements %a, %i {axis = 1 : i64} : (tensor<3x4xf32>, tensor<5x2xi64>) -> tensor<5x2xf32>
  return %0 : tensor<5x2xf32>
}

// -----

func.func @trilu_rank_1(%a: tensor<4xf32>) -> tensor<4xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{input must have rank 2 or more, not 1}}
  %0 = onnx.Trilu %a, %none : (tensor<4xf32>, none) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @trilu_k_not_scalar(%a: tensor<4x4xf32>, %k: tensor<2xi64>) -> tensor<4x4xf32> {
  // expected-error @+1 {{k must hold one value}}
  %0 = onnx.Trilu %a, %k : (tensor<4x4xf32>, tensor<2xi64>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

func.func @depth_to_space_channels(%a: tensor<1x6x2x2xf32>) -> tensor<1x1x4x4xf32> {
  // expected-error @+1 {{the channel count (6) is not a multiple of 4}}
  %0 = onnx.DepthToSpace %a {blocksize = 2 : i64} : (tensor<1x6x2x2xf32>) -> tensor<1x1x4x4xf32>
  return %0 : tensor<1x1x4x4xf32>
}

// -----

func.func @cumsum_axis_out_of_range(%a: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %axis = onnx.Constant dense<2> : tensor<i64>
  // expected-error @+1 {{axis 2 is out of range}}
  %0 = onnx.CumSum %a, %axis : (tensor<2x3xf32>, tensor<i64>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @one_hot_values(%i: tensor<3xi64>, %d: tensor<i64>, %v: tensor<3xf32>) -> tensor<3x?xf32> {
  // expected-error @+1 {{values must hold [off_value, on_value]}}
  %0 = onnx.OneHot %i, %d, %v : (tensor<3xi64>, tensor<i64>, tensor<3xf32>) -> tensor<3x?xf32>
  return %0 : tensor<3x?xf32>
}

// -----

func.func @eye_like_rank(%x: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{input must have rank 2, not 1}}
  %0 = onnx.EyeLike %x : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @prelu_slope_larger_than_x(%x: tensor<1xf32>, %s: tensor<3xf32>) -> tensor<3xf32> {
  // expected-error @+1 {{dim 0 of operand 1 (3) does not broadcast to 1}}
  %0 = onnx.PRelu %x, %s : (tensor<1xf32>, tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

func.func @gather_nd_too_many_coordinates(%d: tensor<2x3xf32>, %i: tensor<4x3xi64>) -> tensor<4xf32> {
  // expected-error @+1 {{the last dim of indices (3) plus batch_dims exceeds the data's rank 2}}
  %0 = onnx.GatherND %d, %i : (tensor<2x3xf32>, tensor<4x3xi64>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @lstm_activation_count(%x: tensor<2x1x3xf32>, %w: tensor<1x16x3xf32>, %r: tensor<1x16x4xf32>) -> tensor<2x1x1x4xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{has 2 activations; LSTM with 1 direction(s) takes 3}}
  %y:3 = onnx.LSTM %x, %w, %r, %none, %none, %none, %none, %none {activations = ["Sigmoid", "Tanh"]} : (tensor<2x1x3xf32>, tensor<1x16x3xf32>, tensor<1x16x4xf32>, none, none, none, none, none) -> (tensor<2x1x1x4xf32>, tensor<1x1x4xf32>, tensor<1x1x4xf32>)
  return %y#0 : tensor<2x1x1x4xf32>
}

// -----

func.func @gru_weight_rows(%x: tensor<2x1x3xf32>, %w: tensor<1x10x3xf32>, %r: tensor<1x10x4xf32>) -> tensor<2x1x1x4xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{R has 10 rows, expected 3 gates of 4}}
  %y:2 = onnx.GRU %x, %w, %r, %none, %none, %none : (tensor<2x1x3xf32>, tensor<1x10x3xf32>, tensor<1x10x4xf32>, none, none, none) -> (tensor<2x1x1x4xf32>, tensor<1x1x4xf32>)
  return %y#0 : tensor<2x1x1x4xf32>
}

// -----

func.func @rnn_direction(%x: tensor<2x1x3xf32>, %w: tensor<1x4x3xf32>, %r: tensor<1x4x4xf32>) -> tensor<2x1x1x4xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{direction 'sideways' is not forward, reverse or bidirectional}}
  %y:2 = onnx.RNN %x, %w, %r, %none, %none, %none {direction = "sideways"} : (tensor<2x1x3xf32>, tensor<1x4x3xf32>, tensor<1x4x4xf32>, none, none, none) -> (tensor<2x1x1x4xf32>, tensor<1x1x4xf32>)
  return %y#0 : tensor<2x1x1x4xf32>
}

// -----

func.func @rnn_unknown_activation(%x: tensor<2x1x3xf32>, %w: tensor<1x4x3xf32>, %r: tensor<1x4x4xf32>) -> tensor<2x1x1x4xf32> {
  %none = onnx.NoValue
  // expected-error @+1 {{activation 'Swish' is not supported}}
  %y:2 = onnx.RNN %x, %w, %r, %none, %none, %none {activations = ["Swish"]} : (tensor<2x1x3xf32>, tensor<1x4x3xf32>, tensor<1x4x4xf32>, none, none, none) -> (tensor<2x1x1x4xf32>, tensor<1x1x4xf32>)
  return %y#0 : tensor<2x1x1x4xf32>
}

// -----

func.func @quantize_zero_point_shape(%x: tensor<2x3xf32>, %s: tensor<3xf32>, %z: tensor<2xui8>) -> tensor<2x3xui8> {
  // expected-error @+1 {{y_zero_point must have the shape of y_scale [3], got [2]}}
  %0 = onnx.QuantizeLinear %x, %s, %z : (tensor<2x3xf32>, tensor<3xf32>, tensor<2xui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

func.func @quantize_axis_out_of_range(%x: tensor<2x3xf32>, %s: tensor<3xf32>, %z: tensor<3xui8>) -> tensor<2x3xui8> {
  // expected-error @+1 {{axis 2 is out of range for rank 2 (expected [-2, 2))}}
  %0 = onnx.QuantizeLinear %x, %s, %z {axis = 2 : i64} : (tensor<2x3xf32>, tensor<3xf32>, tensor<3xui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

func.func @quantize_float_output(%x: tensor<2x3xf32>, %s: tensor<f32>) -> tensor<2x3xf32> {
  %n = onnx.NoValue
  // expected-error @+1 {{the output type must be int8, uint8, int16 or uint16 (float8 and int4 are not supported)}}
  %0 = onnx.QuantizeLinear %x, %s, %n {output_dtype = 1 : i64} : (tensor<2x3xf32>, tensor<f32>, none) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @quantize_blocked(%x: tensor<2x4xf32>, %s: tensor<2x2xf32>, %z: tensor<2x2xui8>) -> tensor<2x4xui8> {
  // expected-error @+1 {{blocked quantization (block_size 2) is not supported}}
  %0 = onnx.QuantizeLinear %x, %s, %z {block_size = 2 : i64} : (tensor<2x4xf32>, tensor<2x2xf32>, tensor<2x2xui8>) -> tensor<2x4xui8>
  return %0 : tensor<2x4xui8>
}

// -----

func.func @dequantize_scale_size(%x: tensor<2x3xi8>, %s: tensor<4xf32>, %z: tensor<4xi8>) -> tensor<2x3xf32> {
  // expected-error @+1 {{x_scale must be a scalar or 1-D with one entry per element of x's axis 1 (3), got shape [4]}}
  %0 = onnx.DequantizeLinear %x, %s, %z : (tensor<2x3xi8>, tensor<4xf32>, tensor<4xi8>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @dequantize_zero_point_type(%x: tensor<2x3xi8>, %s: tensor<f32>, %z: tensor<ui8>) -> tensor<2x3xf32> {
  // expected-error @+1 {{x_zero_point must have the element type of x}}
  %0 = onnx.DequantizeLinear %x, %s, %z : (tensor<2x3xi8>, tensor<f32>, tensor<ui8>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @matmul_integer_row_zero_points(%a: tensor<4x3xui8>, %b: tensor<3x2xui8>, %za: tensor<3xui8>) -> tensor<4x2xi32> {
  %n = onnx.NoValue
  // expected-error @+1 {{a_zero_point must be a scalar or 1-D with one entry per row of A (4), got shape [3]}}
  %0 = onnx.MatMulInteger %a, %b, %za, %n : (tensor<4x3xui8>, tensor<3x2xui8>, tensor<3xui8>, none) -> tensor<4x2xi32>
  return %0 : tensor<4x2xi32>
}

// -----

func.func @conv_integer_channel_zero_points(%x: tensor<1x1x3x3xui8>, %w: tensor<2x1x2x2xui8>, %zw: tensor<3xui8>) -> tensor<1x2x2x2xi32> {
  %n = onnx.NoValue
  // expected-error @+1 {{w_zero_point must be a scalar or 1-D with one entry per output channel (2), got shape [3]}}
  %0 = onnx.ConvInteger %x, %w, %n, %zw : (tensor<1x1x3x3xui8>, tensor<2x1x2x2xui8>, none, tensor<3xui8>) -> tensor<1x2x2x2xi32>
  return %0 : tensor<1x2x2x2xi32>
}

// -----

func.func @qlinear_matmul_y_scale(%a: tensor<2x4xui8>, %sa: tensor<f32>, %za: tensor<ui8>, %b: tensor<4x3xui8>, %sb: tensor<f32>, %zb: tensor<ui8>, %sy: tensor<2xf32>, %zy: tensor<2xui8>) -> tensor<2x3xui8> {
  // expected-error @+1 {{y_scale must be a scalar or 1-D with one entry per column of B (3), got shape [2]}}
  %0 = onnx.QLinearMatMul %a, %sa, %za, %b, %sb, %zb, %sy, %zy : (tensor<2x4xui8>, tensor<f32>, tensor<ui8>, tensor<4x3xui8>, tensor<f32>, tensor<ui8>, tensor<2xf32>, tensor<2xui8>) -> tensor<2x3xui8>
  return %0 : tensor<2x3xui8>
}

// -----

func.func @det_not_square(%x: tensor<2x3x4xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{X must hold square matrices, got 3x4}}
  %0 = onnx.Det %x : (tensor<2x3x4xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @reverse_sequence_axes(%x: tensor<4x3xf32>, %l: tensor<3xi64>) -> tensor<4x3xf32> {
  // expected-error @+1 {{batch_axis and time_axis must be 0 and 1 or 1 and 0, got 1 and 1}}
  %0 = onnx.ReverseSequence %x, %l {batch_axis = 1 : i64, time_axis = 1 : i64} : (tensor<4x3xf32>, tensor<3xi64>) -> tensor<4x3xf32>
  return %0 : tensor<4x3xf32>
}

// -----

func.func @max_unpool_indices(%x: tensor<1x1x2x2xf32>, %i: tensor<1x1x2x3xi64>) -> tensor<1x1x4x4xf32> {
  %n = onnx.NoValue
  // expected-error @+1 {{I must have the shape of X}}
  %0 = onnx.MaxUnpool %x, %i, %n {kernel_shape = [2, 2], strides = [2, 2]} : (tensor<1x1x2x2xf32>, tensor<1x1x2x3xi64>, none) -> tensor<1x1x4x4xf32>
  return %0 : tensor<1x1x4x4xf32>
}

// -----

func.func @grid_sample_mode(%x: tensor<1x1x4x4xf32>, %g: tensor<1x2x2x2xf32>) -> tensor<1x1x2x2xf32> {
  // expected-error @+1 {{mode 'bilinear' is not one of linear, nearest, cubic}}
  %0 = onnx.GridSample %x, %g {mode = "bilinear"} : (tensor<1x1x4x4xf32>, tensor<1x2x2x2xf32>) -> tensor<1x1x2x2xf32>
  return %0 : tensor<1x1x2x2xf32>
}

// -----

func.func @grid_sample_coordinates(%x: tensor<1x1x4x4xf32>, %g: tensor<1x2x2x3xf32>) -> tensor<1x1x2x2xf32> {
  // expected-error @+1 {{the last dim of grid must be 2, got 3}}
  %0 = onnx.GridSample %x, %g : (tensor<1x1x4x4xf32>, tensor<1x2x2x3xf32>) -> tensor<1x1x2x2xf32>
  return %0 : tensor<1x1x2x2xf32>
}

// -----

func.func @roi_align_mode(%x: tensor<1x1x4x4xf32>, %r: tensor<2x4xf32>, %b: tensor<2xi64>) -> tensor<2x1x1x1xf32> {
  // expected-error @+1 {{mode 'sum' is not avg or max}}
  %0 = onnx.RoiAlign %x, %r, %b {mode = "sum"} : (tensor<1x1x4x4xf32>, tensor<2x4xf32>, tensor<2xi64>) -> tensor<2x1x1x1xf32>
  return %0 : tensor<2x1x1x1xf32>
}

// -----

func.func @roi_align_negative_height(%x: tensor<1x1x4x4xf32>, %r: tensor<2x4xf32>, %b: tensor<2xi64>) -> tensor<2x1x1x1xf32> {
  // expected-error @+1 {{output_height and output_width must be positive and sampling_ratio not negative}}
  %0 = onnx.RoiAlign %x, %r, %b {output_height = -1 : i64} : (tensor<1x1x4x4xf32>, tensor<2x4xf32>, tensor<2xi64>) -> tensor<2x1x1x1xf32>
  return %0 : tensor<2x1x1x1xf32>
}

// -----

func.func @nms_boxes(%b: tensor<1x6x5xf32>, %s: tensor<1x1x6xf32>) -> tensor<?x3xi64> {
  %n = onnx.NoValue
  // expected-error @+1 {{boxes must hold 4 values per box}}
  %0 = onnx.NonMaxSuppression %b, %s, %n, %n, %n : (tensor<1x6x5xf32>, tensor<1x1x6xf32>, none, none, none) -> tensor<?x3xi64>
  return %0 : tensor<?x3xi64>
}

// -----

func.func @nms_center_point_box(%b: tensor<1x6x4xf32>, %s: tensor<1x1x6xf32>) -> tensor<?x3xi64> {
  %n = onnx.NoValue
  // expected-error @+1 {{center_point_box must be 0 or 1}}
  %0 = onnx.NonMaxSuppression %b, %s, %n, %n, %n {center_point_box = 2 : i64} : (tensor<1x6x4xf32>, tensor<1x1x6xf32>, none, none, none) -> tensor<?x3xi64>
  return %0 : tensor<?x3xi64>
}
