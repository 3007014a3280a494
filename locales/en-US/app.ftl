# The app shell: window, welcome screen, damaged workspace.

## The locale itself, shown in its own language in the settings menu

locale-name = English (US)

## App

app-name = Bridgedesk
app-starting = Opening your workspace…
app-error-fallback = Something went wrong (code { $code }). Please try again.
app-error-unexpected = Unexpected problem in the app window: { $detail }
error-banner-dismiss = Dismiss

## Welcome (empty workspace)

welcome-title = Welcome to Bridgedesk
welcome-line-1 = One inbox for every buyer message — email, eBay, Amazon, Shopee, TikTok Shop, Lazada and Telegram.
welcome-line-2 = Everything is stored on this computer, so you can read, search and reply even when you are offline.
welcome-demo = Explore with demo data
welcome-demo-hint = A realistic inbox with buyers, orders and tracking numbers. Nothing is sent anywhere.
welcome-demo-busy = Creating the demo inbox…
welcome-demo-busy-detail = Filling the local database with demo conversations. This takes a few seconds.
welcome-add-account = Add an account
welcome-add-account-hint = Connect your e-mail and marketplace stores.

## Damaged workspace

unavailable-title = Your workspace could not be opened
unavailable-path = Database file:
unavailable-not-recoverable = Bridgedesk cannot repair this by itself. Close the app, check the file and its folder, then start Bridgedesk again.
move-aside = Move the damaged file aside and start fresh
move-aside-question = Bridgedesk will rename the damaged file (it is kept next to the new one, nothing is deleted) and start with an empty workspace. Continue?
move-aside-confirm = Yes, move it aside
move-aside-cancel = Cancel
