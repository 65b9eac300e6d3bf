namespace Ledger.Domain.Statements.Csv;

internal enum DateOrder { DayMonthYear, MonthDayYear, YearMonthDay }
