//! English: buyers in the US, UK, Canada, Australia, Singapore, Malaysia, the Philippines and the
//! Gulf; agents write the plain, warm English of a trained marketplace service team.

use super::{noun, Bank, Script};

// Nouns: g = 0 singular, 1 plural.

pub(crate) static BANK: Bank = Bank {
    lang: "en",
    sep: "\n",
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    date: "{m} {d}",
    honorifics: ["Mr.", "Ms."],
    greet_formal: &["Hi {first},", "Dear {first},", "Hello {first},"],
    greet_chat: &["Hi {first}!", "Hello {first},", "Hi there,"],
    sign_formal: &[
        "Best regards,\n{agent}\nBrightway Customer Service",
        "Kind regards,\n{agent}\nBrightway Support Team",
        "Thank you for your patience.\n\n{agent}\nBrightway Electronics – Customer Care",
    ],
    sign_chat: &["– {agent}", "{agent} from Brightway", "Thanks! {agent}"],
    customer_greet: &["Hello,", "Hi,", "Hi there,", "Good morning,"],
    customer_sign: &["Thanks,\n{cname}", "Regards,\n{cname}", "{cname}", "Thank you\n{cname}"],
    auto_ack: &[
        "Thank you for contacting Brightway! We have received your message and an agent will reply within 24 hours (Mon–Sat, 9:00–18:30 China time).",
        "Hi! Thanks for your message. Our team is offline right now, we will get back to you as soon as we are online.",
    ],
    nudge: &[
        "Hello? Any update on this?",
        "It's been a couple of days and I still haven't heard back. Can someone please reply?",
        "Any news about my order {order}?",
        "Still waiting for an answer…",
    ],
    thanks: &[
        "Thank you so much, that's very helpful!",
        "Got it, thanks for the quick reply.",
        "Received it today and everything works. Thanks for your help!",
        "Perfect, thank you. Have a nice day!",
    ],
    update: &[
        "Just a quick update: we have contacted {carrier} again and are waiting for their reply. I will let you know as soon as I hear back.",
        "We are still following this up for you. Thank you for your patience, I will update you again by {date}.",
        "Our warehouse has checked your order {order} and everything was packed correctly. We are now waiting for the carrier's investigation.",
    ],
    chat_customer: &[
        "ok", "Thanks", "Sure, one moment", "How long will that take?", "Can you send me the tracking link?",
        "I sent you the photo", "Is the refund to my original payment method?", "Alright, I'll wait",
    ],
    chat_agent: &[
        "Let me check that for you, one moment please.",
        "Thank you, I have received it.",
        "Is there anything else I can help you with?",
        "Usually 3–5 business days.",
        "Yes, the refund goes back to your original payment method.",
        "I have passed this to our warehouse team.",
    ],
    nouns: [
        noun("charger", 0), noun("cable", 0), noun("earbuds", 1), noun("phone case", 0), noun("LED strip", 0),
        noun("smart watch", 0), noun("watch band", 0), noun("power bank", 0), noun("USB-C hub", 0), noun("travel adapter", 0),
    ],
    claims: ["an A-to-z Guarantee claim", "a case with eBay", "a PayPal claim", "a chargeback with my bank", "a complaint with {platform}"],
    intents: [
        // Compatibility
        Script {
            subject: &["Question about the {product} – does it work with {device}?", "Compatibility question"],
            open: &[
                "Hi, will {g:this|these} {product} work with my {device}? I want to be sure before I order.",
                "Hello, is the {title} compatible with a {device}? The listing doesn't say clearly.",
                "Quick question before I buy: {g:does|do} the {product} work with {device}?",
            ],
            reply: &[
                "Thank you for your interest in our {product}. Yes, {g:it is|they are} fully compatible with {device}. If you have any problem after it arrives, just message us and we will help right away.",
                "Great question! The {title} works with {device}, we have tested it ourselves. Orders placed today ship within 24 hours.",
            ],
            follow: &["Great, thanks. Does it come with a warranty?", "OK. And how long does shipping usually take?"],
            resolve: &["Yes, all our products come with a 12-month warranty, and shipping usually takes 7–15 business days. Let us know if there is anything else we can do for you."],
        },
        // Voltage
        Script {
            subject: &["Plug type and voltage"],
            open: &[
                "Hi, does the {product} come with a plug for my country? We use 230 V here.",
                "Hello, before I order: is this {product} 110–240 V? I will use it while travelling.",
            ],
            reply: &[
                "Thank you for your message. The {product} supports 100–240 V, 50/60 Hz, so it works worldwide. We ship it with the correct plug for your country (SKU {sku}).",
            ],
            follow: &["Perfect. Can I get it with a UK plug instead?"],
            resolve: &["Of course. Just leave a note “UK plug” with your order and we will pack the right version. No adapter needed."],
        },
        // ShippingTime
        Script {
            subject: &["How long is shipping?", "Delivery time question"],
            open: &[
                "Hi, how long does delivery take to my address? I need the {product} by {date}.",
                "Hello, when will you ship if I order today? And which carrier do you use?",
            ],
            reply: &[
                "Thank you for your message. We ship within 1–2 business days from our warehouse in Shenzhen. Standard delivery takes 7–15 business days, so if you order today it should arrive around {date}. You will get a tracking number as soon as it ships.",
            ],
            follow: &["Is there a faster option? It's a gift."],
            resolve: &["Yes, you can choose express shipping by DHL at checkout, it usually arrives in 4–6 business days. I have also flagged your order for priority packing."],
        },
        // Duties
        Script {
            subject: &["Customs duties / import taxes?"],
            open: &[
                "Hello, will I have to pay customs or import tax when the package arrives?",
                "Hi, are taxes included in the price or will the courier charge me extra on delivery?",
            ],
            reply: &[
                "Thank you for asking. For the UK, the EU and Australia, VAT is collected at checkout, so there is nothing more to pay on delivery. For other countries small parcels are usually below the duty threshold, but the final decision is made by your local customs office.",
            ],
            follow: &["OK, and what is declared on the package?"],
            resolve: &["We always declare the real value and content of the parcel, as the law requires. If customs contacts you for any document, send it to us and we will help you straight away."],
        },
        // AddressChange
        Script {
            subject: &["Change shipping address for order {order}"],
            open: &[
                "Hi, I just placed order {order} but I made a mistake in the address. Can you change it before it ships?",
                "Hello, I moved last week. Please send order {order} to my new address, I'll put it in the next message.",
            ],
            reply: &["Thank you for letting us know so quickly. Your order {order} has not shipped yet, so we can still update the address. Please confirm the full new address including postcode and phone number."],
            follow: &["Here it is, same street but apartment 4B, postcode is in my account. Thanks!"],
            resolve: &["All done: we have updated the shipping address for order {order} and it will ship tomorrow. You will receive the tracking number as soon as the parcel is handed to the carrier."],
        },
        // TrackingStalled
        Script {
            subject: &["Where is my order {order}?", "Tracking not updating – order {order}"],
            open: &[
                "Hi, I ordered the {product} {days} days ago and the tracking number {tracking} hasn't updated for over a week. Where is my package?",
                "Hello, my order {order} still hasn't arrived. The {carrier} tracking just says “in transit”. Can you check please?",
                "Hi, it's been {days} days. {g:Is|Are} my {product} lost?",
            ],
            reply: &[
                "I'm sorry for the wait. I checked tracking number {tracking}: the parcel left our warehouse and is on its way with {carrier}. International parcels sometimes show no update while on the flight or between sorting centres. It should arrive by {date}. If it hasn't arrived by then, we will resend it or refund you in full.",
                "Thank you for your patience. Your parcel {tracking} is in transit with {carrier} and was last scanned at the export hub. I have asked the carrier to check it and will update you. Expected delivery is {date}.",
            ],
            follow: &["OK, I will wait until {date}, but please keep an eye on it.", "Still nothing on the tracking today."],
            resolve: &["Good news: {carrier} shows your parcel has arrived in your country and is out for delivery. It should reach you within 1–2 days."],
        },
        // CustomsHold
        Script {
            subject: &["Package held in customs"],
            open: &[
                "Hello, the tracking for order {order} says “held by customs”. What do I need to do?",
                "Hi, customs is holding my parcel {tracking} and asking for a payment. Why?",
            ],
            reply: &["Thank you for telling us. Your parcel {tracking} is with the customs office for inspection, which is routine and usually takes 3–7 days. If customs asks you for an invoice or an ID number, please send it to us and we will provide the commercial invoice right away."],
            follow: &["They are asking for the invoice now. Can you send it?"],
            resolve: &["We have sent the commercial invoice for order {order} to you and to {carrier}. Customs should release the parcel in a few days and we will keep watching the tracking."],
        },
        // DeliveredNotReceived
        Script {
            subject: &["Marked as delivered but not received"],
            open: &[
                "Hi, tracking says my order {order} was delivered on {date} but I never got it. I checked with my neighbours and the mailbox.",
                "The package shows as delivered but there is nothing here. Please help.",
            ],
            reply: &["I'm very sorry to hear that. We have opened an investigation with {carrier} for tracking number {tracking} and asked for the proof of delivery. Could you please also check with your local post office? Sometimes parcels are left there."],
            follow: &["I asked at the post office, they don't have it."],
            resolve: &["Thank you for checking. As the carrier could not confirm the delivery, we will send you a replacement free of charge. The new tracking number will follow within 48 hours."],
        },
        // Return
        Script {
            subject: &["Return request – order {order}", "I want to return an item"],
            open: &[
                "Hi, the {product} {g:isn't|aren't} what I need. Can I return {g:it|them} for a refund?",
                "Hello, I would like to return the {product} from order {order}. {g:It's|They're} unused and still in the original box.",
            ],
            reply: &["Thank you for contacting us. Of course, you can return it within 30 days. Please send it to the return address in the next message and include your order number. Once we receive it, your refund will be issued within 3 business days. As the item has no fault, the return postage is paid by the buyer."],
            follow: &["I shipped it back today, the tracking number is on the receipt."],
            resolve: &["We have received your return and issued a full refund of the item price for order {order}. It can take 3–5 business days to show in your account."],
        },
        // Damaged
        Script {
            subject: &["Item arrived damaged"],
            open: &[
                "Hi, my {product} arrived broken. The box was crushed and the casing is cracked, photos attached.",
                "Hello, the package for order {order} was damaged and the {product} {g:doesn't|don't} work. What can you do?",
            ],
            reply: &["I'm so sorry the {product} arrived damaged, and thank you for the photos. You don't need to send {g:it|them} back: we can send you {g:a new one|a new pair} free of charge or refund you in full. Which do you prefer?"],
            follow: &["A replacement please."],
            resolve: &["Your replacement has shipped with {carrier}, tracking number {tracking}. It should arrive by {date}. Sorry again for the trouble."],
        },
        // WrongItem
        Script {
            subject: &["Wrong item received"],
            open: &[
                "Hi, I ordered the {title} but received something completely different.",
                "Hello, I got the wrong colour in order {order}. I ordered black and received white.",
            ],
            reply: &["I'm sorry for this mistake by our warehouse. Could you please send a photo of the item and of the label on the bag? We will send the correct {product} right away and you can keep the wrong one."],
            follow: &["Photo attached. Please send the right one quickly, it's a birthday present."],
            resolve: &["Thank you. The correct {product} (SKU {sku}) {g:has|have} been sent by express, tracking number {tracking}. You should have it by {date}."],
        },
        // Defective
        Script {
            subject: &["My {product} stopped working"],
            open: &[
                "Hi, the {product} I bought last month stopped working. {g:It won't|They won't} charge at all anymore.",
                "Hello, my {product} {g:keeps|keep} turning off by {g:itself|themselves}. {g:It's|They're} still under warranty.",
            ],
            reply: &["Thank you for reporting this and sorry for the trouble. Could you please try a different cable and power adapter and send us a short video of the problem? If it is a product fault, we will replace it under our 12-month warranty at our cost."],
            follow: &["I tried another cable, same problem. Video attached."],
            resolve: &["Thank you for the video. This is a product fault, so we are sending you a replacement free of charge, tracking {tracking}. No need to return the faulty one."],
        },
        // NotAsDescribed
        Script {
            subject: &["Item not as described"],
            open: &[
                "The {product} {g:is|are} not as described. The listing says fast charging but it charges my {device} really slowly. Very disappointed.",
                "Hi, the colour and size are totally different from the photos. This is not what I paid for.",
            ],
            reply: &["I'm sorry the {product} did not meet your expectations, we take this seriously. Could you tell us which device and cable you are using? We can offer a 30% partial refund if you keep it, or a full refund after you return it at our cost."],
            follow: &["I'll take the partial refund."],
            resolve: &["We have issued the partial refund for order {order}. Thank you for your understanding and for giving us the chance to make it right."],
        },
        // DisputeThreat
        Script {
            subject: &["Refund now or I open a claim", "URGENT – order {order}"],
            open: &[
                "This is the third time I'm writing. My order {order} still hasn't arrived after {days} days. If I don't get a refund by tomorrow I will open {claim} and leave negative feedback.",
                "I want my money back NOW. Nobody answers and the tracking hasn't moved in weeks. I'm opening {claim} if this isn't solved today.",
            ],
            reply: &["I sincerely apologise for the delay and for not answering sooner. I have checked order {order}: the parcel is stuck with {carrier}. To solve this for you right now we have issued a full refund, so you do not need to open a claim. If the parcel still arrives, please keep it."],
            follow: &["OK, I can see the refund. Thanks for finally sorting it out."],
            resolve: &["Thank you for your patience, and sorry again for the trouble. We have added extra checks with this carrier so it does not happen again."],
        },
        // ThankYou
        Script {
            subject: &["Thank you!"],
            open: &[
                "Just wanted to say the {product} arrived today and {g:works|work} perfectly. Fast shipping, thanks!",
                "Great seller, the {product} {g:is|are} exactly as described. Will buy again.",
            ],
            reply: &["Thank you so much for your kind message! We are very happy the {product} {g:works|work} well for you. If you ever need help, we are here."],
            follow: &["Will do! Do you have a discount if I buy a second one?"],
            resolve: &["Of course! Buy two and you get 10% off automatically at checkout. Have a great week!"],
        },
    ],
};
