namespace Ledger.Domain.Statements;

/// <summary>How the file was written. QFX is OFX 1.x/2.x content with Intuit's file extension.</summary>
public enum StatementFormat { Ofx1Sgml, Ofx2Xml, Qfx, Csv }

/// <summary>Kind of account the statement belongs to, as far as the file tells.</summary>
public enum StatementAccountKind { Bank, CreditCard }
