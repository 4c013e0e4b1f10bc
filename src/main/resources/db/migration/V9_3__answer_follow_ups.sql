-- Follow-up choices picked after GOOD or BAD ("What was bad?"), kept on the answer's own row so that
-- "Change my answer" takes them back with it. Their ids in the order of questions.yml, separated by ';'.
ALTER TABLE answer ADD COLUMN follow_ups VARCHAR(300);
