-- Articles are advice, read as they are in the citizens' FAQ and inserted into replies: the reply's greeting
-- with the receipt number is the reply's own (the case page adds it to an empty reply), not the article's.
-- The situation, which the guidance list shows, is kept in both languages.

UPDATE adv_article_version
SET body_ja = REPLACE(body_ja, 'ご相談ありがとうございます（受付番号 {{receipt}}）。\n\n', ''),
    body_en = REPLACE(body_en, 'Thank you for your report (receipt {{receipt}}).\n\n', '');

-- the carrier's name is "your mobile carrier" in the FAQ: the sentences read right with either
UPDATE adv_article_version
SET body_en = REPLACE(REPLACE(body_en,
        '{{carrier}} offers a free spam filter.', 'The spam filter of {{carrier}} is free of charge.'),
        'ask a {{carrier}} shop', 'ask at a shop of {{carrier}}')
WHERE article_id = 4;

ALTER TABLE adv_article
    CHANGE situation situation_en VARCHAR(200) NOT NULL,
    ADD COLUMN situation_ja VARCHAR(200) NULL AFTER category;

UPDATE adv_article SET situation_ja = CASE slug
    WHEN 'first-steps' THEN '迷惑メール全般：すべきこと・してはいけないこと'
    WHEN 'billing-fraud' THEN '利用した覚えのないサイトの料金請求'
    WHEN 'phishing' THEN '銀行・カード会社・携帯電話会社・通販を装うメール'
    WHEN 'carrier-filters' THEN '携帯メール：携帯電話会社のフィルター設定'
    WHEN 'dating' THEN '出会い系サイトへの誘導・有料メッセージ'
    ELSE situation_en END;

ALTER TABLE adv_article MODIFY situation_ja VARCHAR(200) NOT NULL;
