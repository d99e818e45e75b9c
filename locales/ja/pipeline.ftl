# 商談パイプラインのボード: 商談ステージごとに 1 列、列の間を移動するカード。

pipeline-with-closed = クローズした商談を表示
pipeline-department = 部署
pipeline-no-stages = この部署にはまだ商談ステージがありません。
# $stage はステージ名、$count は商談数、$amount は列の合計金額（通貨付き）。
pipeline-column-label = { $stage }: 商談 { $count } 件、{ $amount }
# $shown は読み手の言語で書式化した $count。
pipeline-column-deals = { $shown } 件
pipeline-column-empty = このステージに商談はありません。
pipeline-load-more = さらに表示
pipeline-no-amount = 金額なし
pipeline-next-step = 次のステップ: { $date }
pipeline-move-label = 「{ $deal }」の移動先ステージ
pipeline-moved = 「{ $deal }」を「{ $stage }」に移動しました。
pipeline-closed = 「{ $deal }」はクローズ済みです。
pipeline-conflict = その間に他のユーザーが「{ $deal }」を変更しました。カードには保存済みの内容が表示されています。まだ移動が必要な場合は、もう一度移動してください。

## Closing a deal by moving it

pipeline-close-title = 商談をクローズ
pipeline-close-explanation = 「{ $deal }」を「{ $stage }」に移動すると、商談がクローズされます。クローズの理由は何ですか？
pipeline-close-reason = クローズ理由
pipeline-close-no-reason = この部署には、このステージに使えるクローズ理由がありません。管理者がクローズ理由の一覧に追加できます。
pipeline-close-confirm = 商談をクローズ
