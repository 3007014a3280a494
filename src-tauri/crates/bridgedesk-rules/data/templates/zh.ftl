### 初始回复模板，简体中文。每条消息上方的注释是模板名称。

# 发货通知
shipping-notice =
    { $buyer_name }，您好！

    好消息：您订单 { $order_number } 中的 { $item_count } 件商品已经发货。
    承运商：{ $carrier }
    运单号：{ $tracking_number }
    预计送达：{ $expected_delivery }

    您可以在承运商网站上用运单号查询包裹动态。如有任何疑问，直接回复此消息即可。

    祝好！
    { $store_name }

# 订单在哪里
where-is-my-order =
    { $buyer_name }，您好！

    感谢您的耐心等待，让您久等了，非常抱歉。我已查看您的订单 { $order_number }：包裹已于 { $days_in_transit } 天前通过 { $carrier } 发出（运单号 { $tracking_number }），预计在 { $expected_delivery } 前送达。

    国际包裹在清关期间有时会几天没有物流更新，这是正常现象。如果到那天仍未收到，请再次联系我们，我们会立即为您解决。

    祝好！
    { $store_name }

# 退货说明
return-instructions =
    { $buyer_name }，您好！

    感谢您就订单 { $order_number } 联系我们。商品签收后 { $return_days } 天内，我们都乐意为您办理退货。

    { $postage_payer ->
        [seller] 退货运费由我们承担：请使用我们将发送给您的预付退货标签，您无需支付任何费用。
       *[buyer] 由于商品本身没有质量问题，退货运费需由买家承担。建议您选择可追踪的寄送方式。
    }

    如有可能，请用原包装包好商品，并附上您的订单号。我们收到退货后会尽快为您退款。

    祝好！
    { $store_name }

# 商品损坏致歉
damaged-item-apology =
    { $buyer_name }，您好！

    非常抱歉，您的订单 { $order_number } 收到时商品已损坏，这不是我们希望带给您的体验。

    麻烦您拍一张商品和外包装的照片发给我们，然后选择最适合您的方案：
    • 免费补发新品，运费由我们承担；
    • 全额退款；
    • 如果您愿意保留商品，我们提供部分退款。

    回复您的选择即可，其余的事情我们会马上处理。

    再次向您致歉！
    { $store_name }

# 差评跟进
negative-review-follow-up =
    { $buyer_name }，您好！

    感谢您抽出时间对订单 { $order_number } 留下反馈。很抱歉没能达到您的期望。

    我们希望能弥补。能否告诉我们具体出了什么问题？我们可以为您换货、退款，或提供其他适合您的解决方案。

    您的满意对我们非常重要，每一条留言我们都会亲自阅读。

    祝好！
    { $store_name }
