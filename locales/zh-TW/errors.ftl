# 顯示給客服人員的錯誤訊息。ID 格式為 error-<錯誤代碼，點和底線改為連字號>。

error-store-corrupt = 本機資料庫檔案已損毀，無法開啟。沒有任何內容被變更或刪除。您可以將損毀的檔案移開（會重新命名並保留在同一資料夾中），然後從空白收件匣開始。
# $found：資料庫的結構描述版本；$supported：此版本支援的最高結構描述版本
error-store-too-new = 此資料庫是由較新版本的 Bridgedesk 建立（結構描述版本 { $found }；此版本最高支援 { $supported }）。請更新 Bridgedesk。檔案未被變更。
error-store-busy = 資料庫正由另一個 Bridgedesk 視窗或程式使用中。請關閉後再試一次。
error-store-not-found = 此項目已不存在，可能已在其他視窗中被移除。
error-store-io = 無法讀取或寫入資料庫資料夾。請檢查磁碟剩餘空間與資料夾權限。
error-store-unknown-key = 無法匯入資料：部分記錄參照了缺少的其他記錄。未儲存任何內容。
error-store-invalid-tag = 標籤太長：每個標籤最多 40 個字元。
error-store-invalid-note = 無法儲存空白備註。
error-store-invalid-reply = 無法傳送空白回覆。
error-store-internal = 發生非預期的資料庫錯誤。您的資料未被變更。
error-workspace-not-open = 收件匣尚未開啟。
error-workspace-not-empty = 示範資料只能載入空白的收件匣。
error-workspace-not-corrupt = 資料庫並未損毀，因此沒有移動任何檔案。
error-settings-unknown-locale = 無法使用此語言。
error-settings-unknown-time-zone = 無法辨識此時區。
error-internal = Bridgedesk 內部發生問題。您的資料未被變更。
