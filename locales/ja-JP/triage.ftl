# 購入者メッセージの仕分けと購入者の位置づけ：一覧と見出しのバッジ、ワンクリックのカテゴリ修正、
# ランク、セグメント、ブラックリスト。

logistics-damaged = 破損
logistics-wrong-item = 誤配送
logistics-delivered-not-received = 配達済みだが未着
logistics-no-tracking-update = 追跡が更新されない
logistics-customs-hold = 税関で保留
logistics-returned-to-sender = 差出人に返送

risk-chargeback = チャージバック
risk-paypal-claim = PayPal の申し立て
risk-a-to-z-claim = Amazon マーケットプレイス保証の申請
risk-bad-review = 低評価
risk-platform-report = プラットフォームへの通報

badge-angry = 怒り
badge-angry-title = 購入者が怒っているようです
badge-risk-title = 購入者のメッセージに紛争のリスクがあります
badge-logistics-title = 購入者が挙げた配送の問題
badge-corrected-title = 担当者がカテゴリを修正しました

category-correct-title = カテゴリを修正します。仕分けはそこから学習します

grade-key-a = 重要 A
grade-key-b = 重要 B
grade-ordinary = 一般
grade-small = 小口
segment-new = 新規
segment-returning = リピーター
segment-potential = 見込み
segment-dormant = 休眠
customer-grade-label = ランク
customer-segment-label = セグメント

blacklist-banner = ブラックリストの購入者：{ $reason }（設定者 { $by }）
blacklist-set = ブラックリストに追加
blacklist-clear = ブラックリストから外す
blacklist-reason-label = 理由
blacklist-reason-placeholder = この購入者をブラックリストに入れる理由
blacklist-confirm = 追加
