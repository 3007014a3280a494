//! The internal notes agents in Shenzhen leave on conversations (mostly in Chinese), by intent.

use crate::intent::Intent;

/// Internal notes agents leave, by intent (Shenzhen team: mostly Chinese).
pub(crate) fn note_lines(intent: Intent) -> &'static [&'static str] {
    use Intent::*;
    match intent {
        Compatibility | Voltage => &[
            "客户问的型号我们测试过，可以兼容。",
            "已发规格表给买家，等买家下单。",
        ],
        ShippingTime => &["已推荐买家选择DHL加急，下单后优先发货。"],
        Duties => &["清关问题：按实际货值申报，不要帮买家低报。"],
        AddressChange => &[
            "已在系统中修改地址，打单前再核对一遍。",
            "地址已改，通知仓库拦截旧面单。",
        ],
        TrackingStalled => &[
            "已联系物流商，等待回复",
            "物流超过7天未更新，已向{carrier}提交查询单。",
            "若{date}前仍未妥投，直接补发。",
        ],
        CustomsHold => &[
            "海关扣件，已让买家提供清关资料（税号/身份证明）。",
            "商业发票已发给{carrier}，等待清关。",
        ],
        DeliveredNotReceived => &[
            "物流显示已签收，已向承运商申请签收证明（POD）。",
            "金额不大，如POD无法提供直接补发。",
        ],
        Return => &[
            "退货地址已发给买家，非质量问题，退货运费由买家承担。",
            "收到退货后仓库检查，无损坏再退款。",
        ],
        Damaged => &[
            "买家已提供照片，外箱破损，同意补发，不用退回。",
            "已把破损照片上传平台作为证据。",
        ],
        WrongItem => &[
            "仓库发错颜色，已通知仓库核查SKU {sku}。",
            "补发走快递，运费我们承担。",
        ],
        Defective => &[
            "质量问题，运费由我们承担，安排换新。",
            "同批次已有类似反馈，已转给品控。",
        ],
        NotAsDescribed => &[
            "核对listing描述，实物与图片有差异，建议部分退款。",
            "已提交listing修改，补充功率说明。",
        ],
        DisputeThreat => &[
            "买家威胁开case/给差评，优先处理，已申请全额退款。",
            "已上传物流轨迹和聊天记录作为申诉证据。",
            "注意：平台要求72小时内回复。",
        ],
        ThankYou => &[
            "老客户，下次订单送小礼品。",
            "好评客户，可邀请参加新品试用（注意平台规则，不发站外链接）。",
        ],
    }
}
