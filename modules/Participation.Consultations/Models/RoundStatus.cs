namespace Participation.Consultations.Models;

/// <summary>準備中 → 予告 → 募集中 → 締切 → 結果公表.</summary>
public enum RoundStatus { Preparing = 0, Announced = 1, Open = 2, Closed = 3, ResultsPublished = 4 }

/// <summary>How a submission reached the city. Staff enter every channel except Web and Api.</summary>
public enum Channel { Web = 0, Email = 1, Post = 2, Fax = 3, Phone = 4, Counter = 5, Api = 6 }

/// <summary>Who the submitter is in relation to the city (the ordinance asks).</summary>
public enum SubmitterCategory { Resident = 0, Worker = 1, Student = 2, Business = 3, Taxpayer = 4, Interested = 5 }

public enum SubmissionStatus { Active = 0, Withdrawn = 1 }
