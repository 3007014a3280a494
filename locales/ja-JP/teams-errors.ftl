# コアが送るチームのエラー（AppError のメッセージ ID）。

error-store-invalid-team-name = チーム名は 60 文字以内で入力してください。
error-store-team-name-taken = この名前はほかのチームが使っています。
