// RUN: onnxc-opt %s -split-input-file --convert-onnx-to-linalg | FileCheck %s
// Numerics: the node tests test_tfidfvectorizer_* (run_sweep.py).

// The pool's bigrams become constants (values, lengths, output positions);
// a generic over [rows, n-grams] counts the matches over skip distances and
// starts; a loop nest adds the counts to their output positions. TF needs no
// weighting pass.
// CHECK-LABEL: func.func @tfidf_tf
// CHECK-SAME: (%[[X:.+]]: tensor<2x6xi32>)
// CHECK: %[[OUT:.+]] = linalg.fill {{.*}} -> tensor<2x7xf32>
// CHECK-DAG: %[[GRAMS:.+]] = arith.constant dense<{{\[\[}}5, 6], [6, 7], [7, 8]]> : tensor<3x2xi64>
// CHECK-DAG: arith.constant dense<[4, 6, 5]> : tensor<3xi64>
// CHECK: %[[COUNTS:.+]] = linalg.generic {{.*}} outs(%{{.+}} : tensor<2x3xi64>)
// CHECK: scf.for
// CHECK: scf.for
// CHECK: scf.for
// CHECK: tensor.extract %[[X]]
// CHECK: arith.extsi
// CHECK: tensor.extract %[[GRAMS]]
// CHECK: scf.for {{.*}} iter_args(%{{.+}} = %[[OUT]])
// CHECK: tensor.extract %[[COUNTS]]
// CHECK-NOT: linalg.generic
// CHECK: return
func.func @tfidf_tf(%x: tensor<2x6xi32>) -> tensor<2x7xf32> {
  %0 = onnx.TfIdfVectorizer %x {max_gram_length = 2 : i64, max_skip_count = 0 : i64, min_gram_length = 2 : i64, mode = "TF", ngram_counts = [0, 4], ngram_indexes = [0, 1, 2, 3, 4, 5, 6], pool_int64s = [2, 3, 5, 4, 5, 6, 7, 8, 6, 7]} : (tensor<2x6xi32>) -> tensor<2x7xf32>
  return %0 : tensor<2x7xf32>
}

// -----

// IDF with weights: a weighting pass gives a present n-gram its weight.
// CHECK-LABEL: func.func @tfidf_idf
// CHECK: arith.constant dense<[1.000000e+00, 2.000000e+00, 3.000000e+00]> : tensor<3xf32>
// CHECK: linalg.generic
// CHECK: arith.cmpf ogt
// CHECK: arith.select
func.func @tfidf_idf(%x: tensor<4xi64>) -> tensor<3xf32> {
  %0 = onnx.TfIdfVectorizer %x {max_gram_length = 1 : i64, max_skip_count = 0 : i64, min_gram_length = 1 : i64, mode = "IDF", ngram_counts = [0], ngram_indexes = [0, 1, 2], pool_int64s = [1, 2, 3], weights = [1.0 : f32, 2.0 : f32, 3.0 : f32]} : (tensor<4xi64>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}
