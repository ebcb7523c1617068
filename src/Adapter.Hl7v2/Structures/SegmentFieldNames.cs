using System.Collections.Frozen;

namespace Adapter.Hl7v2.Structures;

/// <summary>Field names of the v2.5.1 segments the adapter reads, for readable output (inspect) and error texts.</summary>
internal static class SegmentFieldNames
{
    private static readonly FrozenDictionary<string, string[]> Names = new Dictionary<string, string[]>
    {
        // index 0 is field 1 (SEG-1)
        ["MSH"] =
        [
            "Field Separator", // MSH-1
            "Encoding Characters", // MSH-2
            "Sending Application", // MSH-3
            "Sending Facility", // MSH-4
            "Receiving Application", // MSH-5
            "Receiving Facility", // MSH-6
            "Date/Time Of Message", // MSH-7
            "Security", // MSH-8
            "Message Type", // MSH-9
            "Message Control ID", // MSH-10
            "Processing ID", // MSH-11
            "Version ID", // MSH-12
            "Sequence Number", // MSH-13
            "Continuation Pointer", // MSH-14
            "Accept Acknowledgment Type", // MSH-15
            "Application Acknowledgment Type", // MSH-16
            "Country Code", // MSH-17
            "Character Set", // MSH-18
            "Principal Language Of Message", // MSH-19
            "Alternate Character Set Handling Scheme", // MSH-20
            "Message Profile Identifier", // MSH-21
        ],
        ["EVN"] =
        [
            "Event Type Code", // EVN-1
            "Recorded Date/Time", // EVN-2
            "Date/Time Planned Event", // EVN-3
            "Event Reason Code", // EVN-4
            "Operator ID", // EVN-5
            "Event Occurred", // EVN-6
            "Event Facility", // EVN-7
        ],
        ["PID"] =
        [
            "Set ID - PID", // PID-1
            "Patient ID", // PID-2
            "Patient Identifier List", // PID-3
            "Alternate Patient ID - PID", // PID-4
            "Patient Name", // PID-5
            "Mother's Maiden Name", // PID-6
            "Date/Time of Birth", // PID-7
            "Administrative Sex", // PID-8
            "Patient Alias", // PID-9
            "Race", // PID-10
            "Patient Address", // PID-11
            "County Code", // PID-12
            "Phone Number - Home", // PID-13
            "Phone Number - Business", // PID-14
            "Primary Language", // PID-15
            "Marital Status", // PID-16
            "Religion", // PID-17
            "Patient Account Number", // PID-18
            "SSN Number - Patient", // PID-19
            "Driver's License Number - Patient", // PID-20
            "Mother's Identifier", // PID-21
            "Ethnic Group", // PID-22
            "Birth Place", // PID-23
            "Multiple Birth Indicator", // PID-24
            "Birth Order", // PID-25
            "Citizenship", // PID-26
            "Veterans Military Status", // PID-27
            "Nationality", // PID-28
            "Patient Death Date and Time", // PID-29
            "Patient Death Indicator", // PID-30
            "Identity Unknown Indicator", // PID-31
            "Identity Reliability Code", // PID-32
            "Last Update Date/Time", // PID-33
            "Last Update Facility", // PID-34
            "Species Code", // PID-35
            "Breed Code", // PID-36
            "Strain", // PID-37
            "Production Class Code", // PID-38
            "Tribal Citizenship", // PID-39
        ],
        ["PD1"] =
        [
            "Living Dependency", // PD1-1
            "Living Arrangement", // PD1-2
            "Patient Primary Facility", // PD1-3
            "Patient Primary Care Provider Name & ID No.", // PD1-4
            "Student Indicator", // PD1-5
            "Handicap", // PD1-6
            "Living Will Code", // PD1-7
            "Organ Donor Code", // PD1-8
            "Separate Bill", // PD1-9
            "Duplicate Patient", // PD1-10
            "Publicity Code", // PD1-11
            "Protection Indicator", // PD1-12
            "Protection Indicator Effective Date", // PD1-13
            "Place of Worship", // PD1-14
            "Advance Directive Code", // PD1-15
            "Immunization Registry Status", // PD1-16
            "Immunization Registry Status Effective Date", // PD1-17
            "Publicity Code Effective Date", // PD1-18
            "Military Branch", // PD1-19
            "Military Rank/Grade", // PD1-20
            "Military Status", // PD1-21
        ],
        ["NK1"] =
        [
            "Set ID - NK1", // NK1-1
            "Name", // NK1-2
            "Relationship", // NK1-3
            "Address", // NK1-4
            "Phone Number", // NK1-5
            "Business Phone Number", // NK1-6
            "Contact Role", // NK1-7
            "Start Date", // NK1-8
            "End Date", // NK1-9
            "Next of Kin / Associated Parties Job Title", // NK1-10
            "Next of Kin / Associated Parties Job Code/Class", // NK1-11
            "Next of Kin / Associated Parties Employee Number", // NK1-12
            "Organization Name - NK1", // NK1-13
            "Marital Status", // NK1-14
            "Administrative Sex", // NK1-15
            "Date/Time of Birth", // NK1-16
            "Living Dependency", // NK1-17
            "Ambulatory Status", // NK1-18
            "Citizenship", // NK1-19
            "Primary Language", // NK1-20
            "Living Arrangement", // NK1-21
            "Publicity Code", // NK1-22
            "Protection Indicator", // NK1-23
            "Student Indicator", // NK1-24
            "Religion", // NK1-25
            "Mother's Maiden Name", // NK1-26
            "Nationality", // NK1-27
            "Ethnic Group", // NK1-28
            "Contact Reason", // NK1-29
            "Contact Person's Name", // NK1-30
            "Contact Person's Telephone Number", // NK1-31
            "Contact Person's Address", // NK1-32
            "Next of Kin/Associated Party's Identifiers", // NK1-33
            "Job Status", // NK1-34
            "Race", // NK1-35
            "Handicap", // NK1-36
            "Contact Person Social Security Number", // NK1-37
            "Next of Kin Birth Place", // NK1-38
            "VIP Indicator", // NK1-39
        ],
        ["PV1"] =
        [
            "Set ID - PV1", // PV1-1
            "Patient Class", // PV1-2
            "Assigned Patient Location", // PV1-3
            "Admission Type", // PV1-4
            "Preadmit Number", // PV1-5
            "Prior Patient Location", // PV1-6
            "Attending Doctor", // PV1-7
            "Referring Doctor", // PV1-8
            "Consulting Doctor", // PV1-9
            "Hospital Service", // PV1-10
            "Temporary Location", // PV1-11
            "Preadmit Test Indicator", // PV1-12
            "Re-admission Indicator", // PV1-13
            "Admit Source", // PV1-14
            "Ambulatory Status", // PV1-15
            "VIP Indicator", // PV1-16
            "Admitting Doctor", // PV1-17
            "Patient Type", // PV1-18
            "Visit Number", // PV1-19
            "Financial Class", // PV1-20
            "Charge Price Indicator", // PV1-21
            "Courtesy Code", // PV1-22
            "Credit Rating", // PV1-23
            "Contract Code", // PV1-24
            "Contract Effective Date", // PV1-25
            "Contract Amount", // PV1-26
            "Contract Period", // PV1-27
            "Interest Code", // PV1-28
            "Transfer to Bad Debt Code", // PV1-29
            "Transfer to Bad Debt Date", // PV1-30
            "Bad Debt Agency Code", // PV1-31
            "Bad Debt Transfer Amount", // PV1-32
            "Bad Debt Recovery Amount", // PV1-33
            "Delete Account Indicator", // PV1-34
            "Delete Account Date", // PV1-35
            "Discharge Disposition", // PV1-36
            "Discharged to Location", // PV1-37
            "Diet Type", // PV1-38
            "Servicing Facility", // PV1-39
            "Bed Status", // PV1-40
            "Account Status", // PV1-41
            "Pending Location", // PV1-42
            "Prior Temporary Location", // PV1-43
            "Admit Date/Time", // PV1-44
            "Discharge Date/Time", // PV1-45
            "Current Patient Balance", // PV1-46
            "Total Charges", // PV1-47
            "Total Adjustments", // PV1-48
            "Total Payments", // PV1-49
            "Alternate Visit ID", // PV1-50
            "Visit Indicator", // PV1-51
            "Other Healthcare Provider", // PV1-52
        ],
        ["PV2"] =
        [
            "Prior Pending Location", // PV2-1
            "Accommodation Code", // PV2-2
            "Admit Reason", // PV2-3
            "Transfer Reason", // PV2-4
            "Patient Valuables", // PV2-5
            "Patient Valuables Location", // PV2-6
            "Visit User Code", // PV2-7
            "Expected Admit Date/Time", // PV2-8
            "Expected Discharge Date/Time", // PV2-9
            "Estimated Length of Inpatient Stay", // PV2-10
            "Actual Length of Inpatient Stay", // PV2-11
            "Visit Description", // PV2-12
            "Referral Source Code", // PV2-13
            "Previous Service Date", // PV2-14
            "Employment Illness Related Indicator", // PV2-15
            "Purge Status Code", // PV2-16
            "Purge Status Date", // PV2-17
            "Special Program Code", // PV2-18
            "Retention Indicator", // PV2-19
            "Expected Number of Insurance Plans", // PV2-20
            "Visit Publicity Code", // PV2-21
            "Visit Protection Indicator", // PV2-22
            "Clinic Organization Name", // PV2-23
            "Patient Status Code", // PV2-24
            "Visit Priority Code", // PV2-25
            "Previous Treatment Date", // PV2-26
            "Expected Discharge Disposition", // PV2-27
            "Signature on File Date", // PV2-28
            "First Similar Illness Date", // PV2-29
            "Patient Charge Adjustment Code", // PV2-30
            "Recurring Service Code", // PV2-31
            "Billing Media Code", // PV2-32
            "Expected Surgery Date and Time", // PV2-33
            "Military Partnership Code", // PV2-34
            "Military Non-Availability Code", // PV2-35
            "Newborn Baby Indicator", // PV2-36
            "Baby Detained Indicator", // PV2-37
            "Mode of Arrival Code", // PV2-38
            "Recreational Drug Use Code", // PV2-39
            "Admission Level of Care Code", // PV2-40
            "Precaution Code", // PV2-41
            "Patient Condition Code", // PV2-42
            "Living Will Code", // PV2-43
            "Organ Donor Code", // PV2-44
            "Advance Directive Code", // PV2-45
            "Patient Status Effective Date", // PV2-46
            "Expected LOA Return Date/Time", // PV2-47
            "Expected Pre-admission Testing Date/Time", // PV2-48
            "Notify Clergy Code", // PV2-49
        ],
        ["ORC"] =
        [
            "Order Control", // ORC-1
            "Placer Order Number", // ORC-2
            "Filler Order Number", // ORC-3
            "Placer Group Number", // ORC-4
            "Order Status", // ORC-5
            "Response Flag", // ORC-6
            "Quantity/Timing", // ORC-7
            "Parent", // ORC-8
            "Date/Time of Transaction", // ORC-9
            "Entered By", // ORC-10
            "Verified By", // ORC-11
            "Ordering Provider", // ORC-12
            "Enterer's Location", // ORC-13
            "Call Back Phone Number", // ORC-14
            "Order Effective Date/Time", // ORC-15
            "Order Control Code Reason", // ORC-16
            "Entering Organization", // ORC-17
            "Entering Device", // ORC-18
            "Action By", // ORC-19
            "Advanced Beneficiary Notice Code", // ORC-20
            "Ordering Facility Name", // ORC-21
            "Ordering Facility Address", // ORC-22
            "Ordering Facility Phone Number", // ORC-23
            "Ordering Provider Address", // ORC-24
            "Order Status Modifier", // ORC-25
            "Advanced Beneficiary Notice Override Reason", // ORC-26
            "Filler's Expected Availability Date/Time", // ORC-27
            "Confidentiality Code", // ORC-28
            "Order Type", // ORC-29
            "Enterer Authorization Mode", // ORC-30
            "Parent Universal Service Identifier", // ORC-31
        ],
        ["OBR"] =
        [
            "Set ID - OBR", // OBR-1
            "Placer Order Number", // OBR-2
            "Filler Order Number", // OBR-3
            "Universal Service Identifier", // OBR-4
            "Priority - OBR", // OBR-5
            "Requested Date/Time", // OBR-6
            "Observation Date/Time", // OBR-7
            "Observation End Date/Time", // OBR-8
            "Collection Volume", // OBR-9
            "Collector Identifier", // OBR-10
            "Specimen Action Code", // OBR-11
            "Danger Code", // OBR-12
            "Relevant Clinical Information", // OBR-13
            "Specimen Received Date/Time", // OBR-14
            "Specimen Source", // OBR-15
            "Ordering Provider", // OBR-16
            "Order Callback Phone Number", // OBR-17
            "Placer Field 1", // OBR-18
            "Placer Field 2", // OBR-19
            "Filler Field 1", // OBR-20
            "Filler Field 2", // OBR-21
            "Results Rpt/Status Chng - Date/Time", // OBR-22
            "Charge to Practice", // OBR-23
            "Diagnostic Serv Sect ID", // OBR-24
            "Result Status", // OBR-25
            "Parent Result", // OBR-26
            "Quantity/Timing", // OBR-27
            "Result Copies To", // OBR-28
            "Parent", // OBR-29
            "Transportation Mode", // OBR-30
            "Reason for Study", // OBR-31
            "Principal Result Interpreter", // OBR-32
            "Assistant Result Interpreter", // OBR-33
            "Technician", // OBR-34
            "Transcriptionist", // OBR-35
            "Scheduled Date/Time", // OBR-36
            "Number of Sample Containers", // OBR-37
            "Transport Logistics of Collected Sample", // OBR-38
            "Collector's Comment", // OBR-39
            "Transport Arrangement Responsibility", // OBR-40
            "Transport Arranged", // OBR-41
            "Escort Required", // OBR-42
            "Planned Patient Transport Comment", // OBR-43
            "Procedure Code", // OBR-44
            "Procedure Code Modifier", // OBR-45
            "Placer Supplemental Service Information", // OBR-46
            "Filler Supplemental Service Information", // OBR-47
            "Medically Necessary Duplicate Procedure Reason", // OBR-48
            "Result Handling", // OBR-49
            "Parent Universal Service Identifier", // OBR-50
        ],
        ["OBX"] =
        [
            "Set ID - OBX", // OBX-1
            "Value Type", // OBX-2
            "Observation Identifier", // OBX-3
            "Observation Sub-ID", // OBX-4
            "Observation Value", // OBX-5
            "Units", // OBX-6
            "References Range", // OBX-7
            "Abnormal Flags", // OBX-8
            "Probability", // OBX-9
            "Nature of Abnormal Test", // OBX-10
            "Observation Result Status", // OBX-11
            "Effective Date of Reference Range", // OBX-12
            "User Defined Access Checks", // OBX-13
            "Date/Time of the Observation", // OBX-14
            "Producer's ID", // OBX-15
            "Responsible Observer", // OBX-16
            "Observation Method", // OBX-17
            "Equipment Instance Identifier", // OBX-18
            "Date/Time of the Analysis", // OBX-19
            "Reserved for harmonization with V2.6", // OBX-20
            "Reserved for harmonization with V2.6", // OBX-21
            "Reserved for harmonization with V2.6", // OBX-22
            "Performing Organization Name", // OBX-23
            "Performing Organization Address", // OBX-24
            "Performing Organization Medical Director", // OBX-25
        ],
        ["NTE"] =
        [
            "Set ID - NTE", // NTE-1
            "Source of Comment", // NTE-2
            "Comment", // NTE-3
            "Comment Type", // NTE-4
        ],
        ["SPM"] =
        [
            "Set ID - SPM", // SPM-1
            "Specimen ID", // SPM-2
            "Specimen Parent IDs", // SPM-3
            "Specimen Type", // SPM-4
            "Specimen Type Modifier", // SPM-5
            "Specimen Additives", // SPM-6
            "Specimen Collection Method", // SPM-7
            "Specimen Source Site", // SPM-8
            "Specimen Source Site Modifier", // SPM-9
            "Specimen Collection Site", // SPM-10
            "Specimen Role", // SPM-11
            "Specimen Collection Amount", // SPM-12
            "Grouped Specimen Count", // SPM-13
            "Specimen Description", // SPM-14
            "Specimen Handling Code", // SPM-15
            "Specimen Risk Code", // SPM-16
            "Specimen Collection Date/Time", // SPM-17
            "Specimen Received Date/Time", // SPM-18
            "Specimen Expiration Date/Time", // SPM-19
            "Specimen Availability", // SPM-20
            "Specimen Reject Reason", // SPM-21
            "Specimen Quality", // SPM-22
            "Specimen Appropriateness", // SPM-23
            "Specimen Condition", // SPM-24
            "Specimen Current Quantity", // SPM-25
            "Number of Specimen Containers", // SPM-26
            "Container Type", // SPM-27
            "Container Condition", // SPM-28
            "Specimen Child Role", // SPM-29
        ],
        ["TQ1"] =
        [
            "Set ID - TQ1", // TQ1-1
            "Quantity", // TQ1-2
            "Repeat Pattern", // TQ1-3
            "Explicit Time", // TQ1-4
            "Relative Time and Units", // TQ1-5
            "Service Duration", // TQ1-6
            "Start date/time", // TQ1-7
            "End date/time", // TQ1-8
            "Priority", // TQ1-9
            "Condition text", // TQ1-10
            "Text instruction", // TQ1-11
            "Conjunction", // TQ1-12
            "Occurrence duration", // TQ1-13
            "Total occurrence's", // TQ1-14
        ],
        ["MSA"] =
        [
            "Acknowledgment Code", // MSA-1
            "Message Control ID", // MSA-2
            "Text Message", // MSA-3
            "Expected Sequence Number", // MSA-4
            "Delayed Acknowledgment Type", // MSA-5
            "Error Condition", // MSA-6
        ],
        ["ERR"] =
        [
            "Error Code and Location", // ERR-1
            "Error Location", // ERR-2
            "HL7 Error Code", // ERR-3
            "Severity", // ERR-4
            "Application Error Code", // ERR-5
            "Application Error Parameter", // ERR-6
            "Diagnostic Information", // ERR-7
            "User Message", // ERR-8
            "Inform Person Indicator", // ERR-9
            "Override Type", // ERR-10
            "Override Reason Code", // ERR-11
            "Help Desk Contact Point", // ERR-12
        ],
        ["AL1"] =
        [
            "Set ID - AL1", // AL1-1
            "Allergen Type Code", // AL1-2
            "Allergen Code/Mnemonic/Description", // AL1-3
            "Allergy Severity Code", // AL1-4
            "Allergy Reaction Code", // AL1-5
            "Identification Date", // AL1-6
        ],
        ["DG1"] =
        [
            "Set ID - DG1", // DG1-1
            "Diagnosis Coding Method", // DG1-2
            "Diagnosis Code - DG1", // DG1-3
            "Diagnosis Description", // DG1-4
            "Diagnosis Date/Time", // DG1-5
            "Diagnosis Type", // DG1-6
            "Major Diagnostic Category", // DG1-7
            "Diagnostic Related Group", // DG1-8
            "DRG Approval Indicator", // DG1-9
            "DRG Grouper Review Code", // DG1-10
            "Outlier Type", // DG1-11
            "Outlier Days", // DG1-12
            "Outlier Cost", // DG1-13
            "Grouper Version And Type", // DG1-14
            "Diagnosis Priority", // DG1-15
            "Diagnosing Clinician", // DG1-16
            "Diagnosis Classification", // DG1-17
            "Confidential Indicator", // DG1-18
            "Attestation Date/Time", // DG1-19
            "Diagnosis Identifier", // DG1-20
            "Diagnosis Action Code", // DG1-21
        ],
        ["IN1"] =
        [
            "Set ID - IN1", // IN1-1
            "Insurance Plan ID", // IN1-2
            "Insurance Company ID", // IN1-3
            "Insurance Company Name", // IN1-4
            "Insurance Company Address", // IN1-5
            "Insurance Co Contact Person", // IN1-6
            "Insurance Co Phone Number", // IN1-7
            "Group Number", // IN1-8
            "Group Name", // IN1-9
            "Insured's Group Emp ID", // IN1-10
            "Insured's Group Emp Name", // IN1-11
            "Plan Effective Date", // IN1-12
            "Plan Expiration Date", // IN1-13
            "Authorization Information", // IN1-14
            "Plan Type", // IN1-15
            "Name Of Insured", // IN1-16
            "Insured's Relationship To Patient", // IN1-17
            "Insured's Date Of Birth", // IN1-18
            "Insured's Address", // IN1-19
            "Assignment Of Benefits", // IN1-20
            "Coordination Of Benefits", // IN1-21
            "Coord Of Ben. Priority", // IN1-22
            "Notice Of Admission Flag", // IN1-23
            "Notice Of Admission Date", // IN1-24
            "Report Of Eligibility Flag", // IN1-25
            "Report Of Eligibility Date", // IN1-26
            "Release Information Code", // IN1-27
            "Pre-Admit Cert (PAC)", // IN1-28
            "Verification Date/Time", // IN1-29
            "Verification By", // IN1-30
            "Type Of Agreement Code", // IN1-31
            "Billing Status", // IN1-32
            "Lifetime Reserve Days", // IN1-33
            "Delay Before L.R. Day", // IN1-34
            "Company Plan Code", // IN1-35
            "Policy Number", // IN1-36
            "Policy Deductible", // IN1-37
            "Policy Limit - Amount", // IN1-38
            "Policy Limit - Days", // IN1-39
            "Room Rate - Semi-Private", // IN1-40
            "Room Rate - Private", // IN1-41
            "Insured's Employment Status", // IN1-42
            "Insured's Administrative Sex", // IN1-43
            "Insured's Employer's Address", // IN1-44
            "Verification Status", // IN1-45
            "Prior Insurance Plan ID", // IN1-46
            "Coverage Type", // IN1-47
            "Handicap", // IN1-48
            "Insured's ID Number", // IN1-49
            "Signature Code", // IN1-50
            "Signature Code Date", // IN1-51
            "Insured's Birth Place", // IN1-52
            "VIP Indicator", // IN1-53
        ],
        ["FT1"] =
        [
            "Set ID - FT1", // FT1-1
            "Transaction ID", // FT1-2
            "Transaction Batch ID", // FT1-3
            "Transaction Date", // FT1-4
            "Transaction Posting Date", // FT1-5
            "Transaction Type", // FT1-6
            "Transaction Code", // FT1-7
            "Transaction Description", // FT1-8
            "Transaction Description - Alt", // FT1-9
            "Transaction Quantity", // FT1-10
            "Transaction Amount - Extended", // FT1-11
            "Transaction Amount - Unit", // FT1-12
            "Department Code", // FT1-13
            "Insurance Plan ID", // FT1-14
            "Insurance Amount", // FT1-15
            "Assigned Patient Location", // FT1-16
            "Fee Schedule", // FT1-17
            "Patient Type", // FT1-18
            "Diagnosis Code - FT1", // FT1-19
            "Performed By Code", // FT1-20
            "Ordered By Code", // FT1-21
            "Unit Cost", // FT1-22
            "Filler Order Number", // FT1-23
            "Entered By Code", // FT1-24
            "Procedure Code", // FT1-25
            "Procedure Code Modifier", // FT1-26
            "Advanced Beneficiary Notice Code", // FT1-27
            "Medically Necessary Duplicate Procedure Reason", // FT1-28
            "NDC Code", // FT1-29
            "Payment Reference ID", // FT1-30
            "Transaction Reference Key", // FT1-31
        ],
        ["SFT"] =
        [
            "Software Vendor Organization", // SFT-1
            "Software Certified Version or Release Number", // SFT-2
            "Software Product Name", // SFT-3
            "Software Binary ID", // SFT-4
            "Software Product Information", // SFT-5
            "Software Install Date", // SFT-6
        ],
        ["CTD"] =
        [
            "Contact Role", // CTD-1
            "Contact Name", // CTD-2
            "Contact Address", // CTD-3
            "Contact Location", // CTD-4
            "Contact Communication Information", // CTD-5
            "Preferred Method of Contact", // CTD-6
            "Contact Identifiers", // CTD-7
        ],
        ["GT1"] =
        [
            "Set ID - GT1", // GT1-1
            "Guarantor Number", // GT1-2
            "Guarantor Name", // GT1-3
            "Guarantor Spouse Name", // GT1-4
            "Guarantor Address", // GT1-5
            "Guarantor Ph Num - Home", // GT1-6
            "Guarantor Ph Num - Business", // GT1-7
            "Guarantor Date/Time Of Birth", // GT1-8
            "Guarantor Administrative Sex", // GT1-9
            "Guarantor Type", // GT1-10
            "Guarantor Relationship", // GT1-11
            "Guarantor SSN", // GT1-12
            "Guarantor Date - Begin", // GT1-13
            "Guarantor Date - End", // GT1-14
            "Guarantor Priority", // GT1-15
            "Guarantor Employer Name", // GT1-16
            "Guarantor Employer Address", // GT1-17
            "Guarantor Employer Phone Number", // GT1-18
            "Guarantor Employee ID Number", // GT1-19
            "Guarantor Employment Status", // GT1-20
            "Guarantor Organization Name", // GT1-21
            "Guarantor Billing Hold Flag", // GT1-22
            "Guarantor Credit Rating Code", // GT1-23
            "Guarantor Death Date And Time", // GT1-24
            "Guarantor Death Flag", // GT1-25
            "Guarantor Charge Adjustment Code", // GT1-26
            "Guarantor Household Annual Income", // GT1-27
            "Guarantor Household Size", // GT1-28
            "Guarantor Employer ID Number", // GT1-29
            "Guarantor Marital Status Code", // GT1-30
            "Guarantor Hire Effective Date", // GT1-31
            "Employment Stop Date", // GT1-32
            "Living Dependency", // GT1-33
            "Ambulatory Status", // GT1-34
            "Citizenship", // GT1-35
            "Primary Language", // GT1-36
            "Living Arrangement", // GT1-37
            "Publicity Code", // GT1-38
            "Protection Indicator", // GT1-39
            "Student Indicator", // GT1-40
            "Religion", // GT1-41
            "Mother's Maiden Name", // GT1-42
            "Nationality", // GT1-43
            "Ethnic Group", // GT1-44
            "Contact Person's Name", // GT1-45
            "Contact Person's Telephone Number", // GT1-46
            "Contact Reason", // GT1-47
            "Contact Relationship", // GT1-48
            "Job Title", // GT1-49
            "Job Code/Class", // GT1-50
            "Guarantor Employer's Organization Name", // GT1-51
            "Handicap", // GT1-52
            "Job Status", // GT1-53
            "Guarantor Financial Class", // GT1-54
            "Guarantor Race", // GT1-55
            "Guarantor Birth Place", // GT1-56
            "VIP Indicator", // GT1-57
        ],
        ["BHS"] =
        [
            "Batch Field Separator", // BHS-1
            "Batch Encoding Characters", // BHS-2
            "Batch Sending Application", // BHS-3
            "Batch Sending Facility", // BHS-4
            "Batch Receiving Application", // BHS-5
            "Batch Receiving Facility", // BHS-6
            "Batch Creation Date/Time", // BHS-7
            "Batch Security", // BHS-8
            "Batch Name/ID/Type", // BHS-9
            "Batch Comment", // BHS-10
            "Batch Control ID", // BHS-11
            "Reference Batch Control ID", // BHS-12
        ],
        ["BTS"] =
        [
            "Batch Message Count", // BTS-1
            "Batch Comment", // BTS-2
            "Batch Totals", // BTS-3
        ],
        ["FHS"] =
        [
            "File Field Separator", // FHS-1
            "File Encoding Characters", // FHS-2
            "File Sending Application", // FHS-3
            "File Sending Facility", // FHS-4
            "File Receiving Application", // FHS-5
            "File Receiving Facility", // FHS-6
            "File Creation Date/Time", // FHS-7
            "File Security", // FHS-8
            "File Name/ID", // FHS-9
            "File Header Comment", // FHS-10
            "File Control ID", // FHS-11
            "Reference File Control ID", // FHS-12
        ],
        ["FTS"] =
        [
            "File Batch Count", // FTS-1
            "File Trailer Comment", // FTS-2
        ],
        ["DSC"] =
        [
            "Continuation Pointer", // DSC-1
            "Continuation Style", // DSC-2
        ],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The standard name of SEG-n, or null when unknown.</summary>
    public static string? Find(string segment, int field) =>
        Names.TryGetValue(segment, out var names) && field >= 1 && field <= names.Length ? names[field - 1] : null;
}
