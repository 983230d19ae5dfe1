-- CreateIndex
CREATE INDEX "Revision_public_actorRole_action_idx" ON "Revision"("public", "actorRole", "action");

-- CreateIndex
CREATE INDEX "Revision_public_entityType_actorRole_action_idx" ON "Revision"("public", "entityType", "actorRole", "action");
