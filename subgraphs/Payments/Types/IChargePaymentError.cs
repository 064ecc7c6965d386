using Gql.Types;

namespace ECommerce.Payments.Types;

[UnionType]
public interface IChargePaymentError;
