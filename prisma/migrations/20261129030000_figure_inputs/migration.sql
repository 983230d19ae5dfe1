-- Derived figures: which operation (Figure.operation) and which published figures they come from.
-- Figure keeps its audit triggers (ADD COLUMN does not rebuild the table); the arithmetic itself is
-- audited through Figure.derivation.
-- AlterTable
ALTER TABLE "Figure" ADD COLUMN "operation" TEXT;

-- CreateTable
CREATE TABLE "FigureInput" (
    "figureKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "inputKey" TEXT NOT NULL,

    PRIMARY KEY ("figureKey", "position"),
    CONSTRAINT "FigureInput_figureKey_fkey" FOREIGN KEY ("figureKey") REFERENCES "Figure" ("key") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FigureInput_inputKey_fkey" FOREIGN KEY ("inputKey") REFERENCES "Figure" ("key") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "FigureInput_inputKey_idx" ON "FigureInput"("inputKey");

