### Starter reply templates, English. Each message is one template; the comment above it is
### the template's name. Variables: $buyer_name $order_number $tracking_number $carrier
### $expected_delivery $store_name, plus $item_count $days_in_transit $return_days (numbers)
### and $postage_payer (seller | buyer).

# Shipping notice
shipping-notice =
    Hello { $buyer_name },

    Good news: { $item_count ->
        [one] the item from your order { $order_number } is on its way.
       *[other] the { $item_count } items from your order { $order_number } are on their way.
    }
    Carrier: { $carrier }
    Tracking number: { $tracking_number }
    Expected delivery: { $expected_delivery }

    You can follow the parcel with the tracking number on the carrier's website. If anything is unclear, just reply to this message.

    Kind regards,
    { $store_name }

# Where is my order
where-is-my-order =
    Hello { $buyer_name },

    Thank you for your patience, and sorry for the wait. I have checked your order { $order_number }: it left us { $days_in_transit ->
        [one] one day ago
       *[other] { $days_in_transit } days ago
    } with { $carrier } (tracking number { $tracking_number }) and is expected to arrive by { $expected_delivery }.

    International parcels sometimes go a few days without a tracking update while they clear customs; this is normal. If it has not arrived by that date, please write to us again and we will find a solution for you straight away.

    Best regards,
    { $store_name }

# Return instructions
return-instructions =
    Hello { $buyer_name },

    Thank you for contacting us about your order { $order_number }. We are happy to accept the return within { $return_days ->
        [one] one day
       *[other] { $return_days } days
    } of delivery.

    { $postage_payer ->
        [seller] The return postage is on us: please use the prepaid return label we will send you, and you will not be charged anything.
       *[buyer] As the item is not faulty, the return postage is paid by the buyer. We recommend a tracked shipping service so the parcel can be followed.
    }

    If possible, please pack the item in its original packaging and include your order number. As soon as the return reaches us, we will process your refund.

    Kind regards,
    { $store_name }

# Damaged item apology
damaged-item-apology =
    Hello { $buyer_name },

    We are very sorry that your order { $order_number } arrived damaged. This is not the experience we want you to have.

    Could you please send us a photo of the item and the packaging? Then choose the option that suits you best:
    • a free replacement, sent at our expense;
    • a full refund;
    • a partial refund if you would like to keep the item.

    Just reply with your choice and we will take care of the rest right away.

    With our apologies,
    { $store_name }

# Negative review follow-up
negative-review-follow-up =
    Hello { $buyer_name },

    Thank you for taking the time to share your feedback on order { $order_number }. We are sorry that we did not meet your expectations.

    We would like to make this right. Could you tell us a little more about what went wrong? We can offer a replacement, a refund or any other solution that suits you.

    Your satisfaction matters to us, and we read every message personally.

    Kind regards,
    { $store_name }
