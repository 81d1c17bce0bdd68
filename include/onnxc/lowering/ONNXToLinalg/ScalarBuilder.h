//===- ScalarBuilder.h - Scalar ops for linalg bodies ------------*- C++
//-*-===//
//
// Short names for the scalar ops that linalg.generic bodies compute
// (arithmetic, compares, selects, math functions, casts between ONNX element
// types), shared by the elementwise family and the recurrent layers' gates.
//
//===----------------------------------------------------------------------===//

#ifndef ONNXC_LOWERING_ONNXTOLINALG_SCALARBUILDER_H
#define ONNXC_LOWERING_ONNXTOLINALG_SCALARBUILDER_H

#include "onnxc/lowering/ONNXToLinalg/LoweringUtils.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/SCF/IR/SCF.h"

namespace onnxc {

/// Short names for the scalar ops of a body. Integer forms take the
/// signedness; i1 always compares unsigned (false < true).
struct ScalarBuilder {
  mlir::OpBuilder &b;
  mlir::Location loc;

  static bool isFloat(mlir::Value x) {
    return mlir::isa<mlir::FloatType>(x.getType());
  }

  mlir::Value cst(mlir::Type type, double v) {
    return createScalarConstant(b, loc, type, v);
  }
  mlir::Value like(mlir::Value x, double v) { return cst(x.getType(), v); }

  mlir::Value add(mlir::Value x, mlir::Value y) {
    if (isFloat(x))
      return mlir::arith::AddFOp::create(b, loc, x, y);
    return mlir::arith::AddIOp::create(b, loc, x, y);
  }
  mlir::Value sub(mlir::Value x, mlir::Value y) {
    if (isFloat(x))
      return mlir::arith::SubFOp::create(b, loc, x, y);
    return mlir::arith::SubIOp::create(b, loc, x, y);
  }
  mlir::Value mul(mlir::Value x, mlir::Value y) {
    if (isFloat(x))
      return mlir::arith::MulFOp::create(b, loc, x, y);
    return mlir::arith::MulIOp::create(b, loc, x, y);
  }
  mlir::Value div(mlir::Value x, mlir::Value y, bool isUnsigned = false) {
    if (isFloat(x))
      return mlir::arith::DivFOp::create(b, loc, x, y);
    if (isUnsigned)
      return mlir::arith::DivUIOp::create(b, loc, x, y);
    return mlir::arith::DivSIOp::create(b, loc, x, y);
  }
  mlir::Value rem(mlir::Value x, mlir::Value y, bool isUnsigned = false) {
    if (isFloat(x))
      return mlir::arith::RemFOp::create(b, loc, x, y);
    if (isUnsigned)
      return mlir::arith::RemUIOp::create(b, loc, x, y);
    return mlir::arith::RemSIOp::create(b, loc, x, y);
  }
  mlir::Value neg(mlir::Value x) {
    if (isFloat(x))
      return mlir::arith::NegFOp::create(b, loc, x);
    return sub(like(x, 0), x);
  }
  /// NaN-propagating for floats (like ONNX Max/Min and numpy).
  mlir::Value max(mlir::Value x, mlir::Value y, bool isUnsigned = false) {
    if (isFloat(x))
      return mlir::arith::MaximumFOp::create(b, loc, x, y);
    if (isUnsigned)
      return mlir::arith::MaxUIOp::create(b, loc, x, y);
    return mlir::arith::MaxSIOp::create(b, loc, x, y);
  }
  mlir::Value min(mlir::Value x, mlir::Value y, bool isUnsigned = false) {
    if (isFloat(x))
      return mlir::arith::MinimumFOp::create(b, loc, x, y);
    if (isUnsigned)
      return mlir::arith::MinUIOp::create(b, loc, x, y);
    return mlir::arith::MinSIOp::create(b, loc, x, y);
  }
  mlir::Value andi(mlir::Value x, mlir::Value y) {
    return mlir::arith::AndIOp::create(b, loc, x, y);
  }
  mlir::Value ori(mlir::Value x, mlir::Value y) {
    return mlir::arith::OrIOp::create(b, loc, x, y);
  }
  mlir::Value xori(mlir::Value x, mlir::Value y) {
    return mlir::arith::XOrIOp::create(b, loc, x, y);
  }
  mlir::Value select(mlir::Value c, mlir::Value x, mlir::Value y) {
    return mlir::arith::SelectOp::create(b, loc, c, x, y);
  }

  mlir::Value cmp(mlir::arith::CmpFPredicate f, mlir::arith::CmpIPredicate s,
                  mlir::arith::CmpIPredicate u, mlir::Value x, mlir::Value y,
                  bool isUnsigned) {
    if (isFloat(x))
      return mlir::arith::CmpFOp::create(b, loc, f, x, y);
    bool useUnsigned = isUnsigned || x.getType().isInteger(1);
    return mlir::arith::CmpIOp::create(b, loc, useUnsigned ? u : s, x, y);
  }
  // Ordered float compares: false when either side is NaN.
  mlir::Value lt(mlir::Value x, mlir::Value y, bool isUnsigned = false) {
    return cmp(mlir::arith::CmpFPredicate::OLT, mlir::arith::CmpIPredicate::slt,
               mlir::arith::CmpIPredicate::ult, x, y, isUnsigned);
  }
  mlir::Value le(mlir::Value x, mlir::Value y, bool isUnsigned = false) {
    return cmp(mlir::arith::CmpFPredicate::OLE, mlir::arith::CmpIPredicate::sle,
               mlir::arith::CmpIPredicate::ule, x, y, isUnsigned);
  }
  mlir::Value gt(mlir::Value x, mlir::Value y, bool isUnsigned = false) {
    return cmp(mlir::arith::CmpFPredicate::OGT, mlir::arith::CmpIPredicate::sgt,
               mlir::arith::CmpIPredicate::ugt, x, y, isUnsigned);
  }
  mlir::Value ge(mlir::Value x, mlir::Value y, bool isUnsigned = false) {
    return cmp(mlir::arith::CmpFPredicate::OGE, mlir::arith::CmpIPredicate::sge,
               mlir::arith::CmpIPredicate::uge, x, y, isUnsigned);
  }
  mlir::Value eq(mlir::Value x, mlir::Value y) {
    return cmp(mlir::arith::CmpFPredicate::OEQ, mlir::arith::CmpIPredicate::eq,
               mlir::arith::CmpIPredicate::eq, x, y, false);
  }
  /// Unordered for floats: NaN != 0 holds.
  mlir::Value ne(mlir::Value x, mlir::Value y) {
    return cmp(mlir::arith::CmpFPredicate::UNE, mlir::arith::CmpIPredicate::ne,
               mlir::arith::CmpIPredicate::ne, x, y, false);
  }
  mlir::Value isNaN(mlir::Value x) {
    return mlir::arith::CmpFOp::create(b, loc, mlir::arith::CmpFPredicate::UNO,
                                       x, x);
  }

  template <typename MathOp> mlir::Value call(mlir::Value x) {
    return MathOp::create(b, loc, x);
  }
  mlir::Value exp(mlir::Value x) { return call<mlir::math::ExpOp>(x); }
  mlir::Value tanh(mlir::Value x) { return call<mlir::math::TanhOp>(x); }
  mlir::Value abs(mlir::Value x) { return call<mlir::math::AbsFOp>(x); }
  /// log(1 + exp(x)) without overflow: max(x, 0) + log1p(exp(-|x|)).
  mlir::Value softplus(mlir::Value x) {
    return add(max(x, like(x, 0)), call<mlir::math::Log1pOp>(exp(neg(abs(x)))));
  }
  /// min(max(x, lo), hi), NaN-propagating.
  mlir::Value clamp(mlir::Value x, double lo, double hi) {
    return min(max(x, like(x, lo)), like(x, hi));
  }

  /// Converts an element between ONNX element types: `from` and `to` are
  /// the original types (they carry the signedness), `toConverted` the
  /// signless type of the result. Float -> int truncates toward zero; a
  /// cast to bool tests for non-zero.
  mlir::Value cast(mlir::Value x, mlir::Type from, mlir::Type to,
                   mlir::Type toConverted) {
    mlir::Type type = x.getType();
    if (type == toConverted)
      return x;
    auto fromFloat = mlir::dyn_cast<mlir::FloatType>(type);
    auto toFloat = mlir::dyn_cast<mlir::FloatType>(toConverted);
    bool fromUnsigned = from.isUnsignedInteger() || from.isInteger(1);
    if (fromFloat && toFloat) {
      if (fromFloat.getWidth() < toFloat.getWidth())
        return mlir::arith::ExtFOp::create(b, loc, toFloat, x);
      if (fromFloat.getWidth() > toFloat.getWidth())
        return mlir::arith::TruncFOp::create(b, loc, toFloat, x);
      // Same width, other format (f16 <-> bf16): through f32, exactly.
      mlir::Value wide = mlir::arith::ExtFOp::create(b, loc, b.getF32Type(), x);
      return mlir::arith::TruncFOp::create(b, loc, toFloat, wide);
    }
    if (toFloat) {
      if (fromUnsigned)
        return mlir::arith::UIToFPOp::create(b, loc, toFloat, x);
      return mlir::arith::SIToFPOp::create(b, loc, toFloat, x);
    }
    if (toConverted.isInteger(1))
      return ne(x, like(x, 0));
    if (fromFloat) {
      if (to.isUnsignedInteger())
        return mlir::arith::FPToUIOp::create(b, loc, toConverted, x);
      return mlir::arith::FPToSIOp::create(b, loc, toConverted, x);
    }
    unsigned fromWidth = type.getIntOrFloatBitWidth();
    unsigned toWidth = toConverted.getIntOrFloatBitWidth();
    if (fromWidth > toWidth)
      return mlir::arith::TruncIOp::create(b, loc, toConverted, x);
    if (fromUnsigned)
      return mlir::arith::ExtUIOp::create(b, loc, toConverted, x);
    return mlir::arith::ExtSIOp::create(b, loc, toConverted, x);
  }

  /// Exact integer power by squaring (wrapping like numpy). A negative
  /// exponent gives 1 / base**-e truncated: 0, except for bases 1 and -1.
  mlir::Value ipow(mlir::Value base, mlir::Value e, bool baseUnsigned,
                   bool expUnsigned) {
    mlir::Type type = base.getType();
    mlir::Type i64 = b.getI64Type();
    mlir::Value e64 = e;
    if (e.getType() != i64)
      e64 = expUnsigned
                ? (mlir::Value)mlir::arith::ExtUIOp::create(b, loc, i64, e)
                : (mlir::Value)mlir::arith::ExtSIOp::create(b, loc, i64, e);
    mlir::Value lb = mlir::arith::ConstantIndexOp::create(b, loc, 0);
    mlir::Value ub = mlir::arith::ConstantIndexOp::create(b, loc, 64);
    mlir::Value step = mlir::arith::ConstantIndexOp::create(b, loc, 1);
    auto loop = mlir::scf::ForOp::create(
        b, loc, lb, ub, step, mlir::ValueRange{like(base, 1), base, e64},
        [&](mlir::OpBuilder &nb, mlir::Location nloc, mlir::Value,
            mlir::ValueRange args) {
          ScalarBuilder s{nb, nloc};
          mlir::Value bit =
              s.ne(s.andi(args[2], s.like(args[2], 1)), s.like(args[2], 0));
          mlir::Value result = s.select(bit, s.mul(args[0], args[1]), args[0]);
          mlir::Value square = s.mul(args[1], args[1]);
          mlir::Value shifted = mlir::arith::ShRUIOp::create(
              nb, nloc, args[2], s.like(args[2], 1));
          mlir::scf::YieldOp::create(nb, nloc,
                                     mlir::ValueRange{result, square, shifted});
        });
    mlir::Value positive = loop.getResult(0);
    if (expUnsigned)
      return positive;
    mlir::Value one = cst(type, 1);
    mlir::Value zero = cst(type, 0);
    mlir::Value negative = select(eq(base, one), one, zero);
    if (!baseUnsigned) {
      mlir::Value odd = ne(andi(e64, cst(i64, 1)), cst(i64, 0));
      mlir::Value minusOne = cst(type, -1);
      negative =
          select(eq(base, minusOne), select(odd, minusOne, one), negative);
    }
    return select(lt(e64, cst(i64, 0)), negative, positive);
  }
};

} // namespace onnxc

#endif // ONNXC_LOWERING_ONNXTOLINALG_SCALARBUILDER_H
