//! A developer tool of the demo workspace: "Simulate buyer message" writes a realistic new buyer
//! message into a demo conversation through the same ingest path a channel's sync uses, so the
//! rules can be seen acting without a live marketplace account. Demo workspaces only.

use crate::error::{CoreError, CoreResult};
use crate::Workspace;
use bridgedesk_model::*;
use bridgedesk_store::InboundMessage;

const SETTING_DEMO: &str = "workspace.demo";
const SETTING_SIMULATED: &str = "demo.simulated_messages";

/// Follow-up messages buyers send, by language: a damaged parcel first (what the demo rules
/// react to), then the other everyday cases.
fn follow_ups(language: &str) -> &'static [&'static str] {
    match language {
        "es" => &[
            "Hola, el paquete llegó hoy pero la caja venía aplastada y el producto está roto. Adjunto fotos. ¿Me pueden enviar uno nuevo o devolver el dinero?",
            "Buenas, ¿dónde está mi pedido? El seguimiento no se actualiza desde hace 10 días.",
            "Me llegó el color equivocado, pedí negro y recibí blanco. ¿Cómo hago el cambio?",
        ],
        "de" => &[
            "Hallo, das Paket kam heute an, aber der Karton war eingedrückt und das Gerät ist kaputt. Fotos anbei. Bitte um Ersatz oder Rückerstattung.",
            "Guten Tag, wo bleibt meine Bestellung? Die Sendungsverfolgung zeigt seit 10 Tagen nichts Neues.",
            "Ich habe die falsche Farbe bekommen, bestellt war schwarz. Wie kann ich umtauschen?",
        ],
        "fr" => &[
            "Bonjour, le colis est arrivé aujourd'hui mais le carton était écrasé et l'appareil est cassé. Photos jointes. Pouvez-vous me renvoyer un produit ou me rembourser ?",
            "Bonjour, où est ma commande ? Le suivi n'a pas bougé depuis 10 jours.",
            "J'ai reçu la mauvaise couleur, j'avais commandé du noir. Comment faire l'échange ?",
        ],
        "pt" => &[
            "Olá, o pacote chegou hoje mas a caixa veio amassada e o produto está quebrado. Mando fotos. Podem enviar outro ou devolver o dinheiro?",
            "Oi, cadê meu pedido? O rastreio não atualiza há 10 dias.",
            "Recebi a cor errada, pedi preto e veio branco. Como faço a troca?",
        ],
        "zh" => &[
            "你好，今天收到包裹了，但是箱子被压坏了，东西也摔坏了。附上照片。请给我补发或者退款。",
            "你好，我的订单到哪里了？物流信息已经10天没有更新了。",
            "收到的颜色不对，我买的是黑色，寄来的是白色。怎么换货？",
        ],
        "ja" => &[
            "こんにちは。本日荷物が届きましたが、箱がつぶれていて商品が壊れていました。写真を添付します。交換か返金をお願いします。",
            "注文した商品はいつ届きますか？追跡情報が10日間更新されていません。",
            "届いた色が違います。黒を注文したのに白が届きました。交換できますか？",
        ],
        "ar" => &[
            "مرحبا، وصل الطرد اليوم لكن الصندوق كان مسحوقا والمنتج مكسور. أرفقت الصور. أرجو إرسال بديل أو استرداد المبلغ.",
            "مرحبا، أين طلبي؟ لم يتم تحديث التتبع منذ 10 أيام.",
            "وصلني لون خاطئ، طلبت الأسود ووصل الأبيض. كيف أستبدله؟",
        ],
        _ => &[
            "Hi, the parcel arrived today but the box was crushed and the item is damaged. Photos attached. Can you send a replacement or refund me?",
            "Hello, where is my order? The tracking hasn't updated in 10 days.",
            "I received the wrong colour, I ordered black and got white. How do I exchange it?",
        ],
    }
}

impl Workspace {
    /// Writes the next simulated buyer message into a demo conversation (taking turns over the
    /// open ones) through [`Workspace::ingest_buyer_message`].
    pub fn simulate_buyer_message(&self) -> CoreResult<SimulatedMessage> {
        let store = self.store()?;
        if store.setting(SETTING_DEMO)?.as_deref() != Some("1") {
            return Err(CoreError::NotDemo);
        }
        let count: u64 = store
            .setting(SETTING_SIMULATED)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let open = store.active_conversation_ids()?;
        let Some(&conversation_id) = open.get((count as usize) % open.len().max(1)) else {
            return Err(CoreError::NotDemo);
        };
        let detail = store.conversation_detail(conversation_id)?;
        let language = detail
            .customer
            .language
            .split('-')
            .next()
            .unwrap_or("")
            .to_owned();
        let lines = follow_ups(&language);
        let text = lines[(count as usize / open.len().max(1)) % lines.len()];
        let at = self.clock.now();
        let external_id = format!("demo-simulated-{count}-{at}");
        store.set_setting(SETTING_SIMULATED, &(count + 1).to_string())?;
        let runs = self.ingest_buyer_message(
            conversation_id,
            &InboundMessage {
                external_id: &external_id,
                author_name: &detail.customer.name,
                text,
                at,
            },
        )?;
        tracing::info!("Simulated a buyer message in demo conversation {conversation_id}");
        Ok(SimulatedMessage {
            conversation_id,
            category: store.conversation_summary(conversation_id)?.category,
            runs,
        })
    }
}
